namespace BilateralRelations.Core.Articles.Formats;

/// <summary>
/// How deep a page's elements nest, measured on its text before the HTML parser sees it (the parser slows with the
/// square of the depth). Open elements are kept on a stack: an end tag closes up to its own element (a stray one
/// closes nothing), a new <c>p</c>, <c>li</c>, <c>dt</c>, <c>dd</c>, <c>tr</c>, <c>td</c>, <c>th</c> or <c>option</c>
/// closes one of its kind left open just above it, as HTML does; comments, scripts and styles are stepped over.
/// </summary>
internal static class HtmlNesting
{
    private static readonly HashSet<string> s_void = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    private static readonly HashSet<string> s_closedBySibling = new(StringComparer.Ordinal) { "p", "li", "dt", "dd", "tr", "td", "th", "option" };

    /// <summary>The greatest depth and the line where it is reached; the scan stops once the depth passes <paramref name="limit"/>.</summary>
    public static (int Depth, int Line) Deepest(string html, int limit)
    {
        var open = new List<string>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var (deepest, line, deepestLine) = (0, 1, 1);
        for (var i = 0; i < html.Length - 1; i++)
        {
            if (html[i] == '\n')
            {
                line++;
                continue;
            }
            if (html[i] != '<')
            {
                continue;
            }
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                i = SkipTo(html, "-->", i + 4, ref line);
                continue;
            }
            var closing = html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                continue;
            }
            var name = html[nameStart..nameEnd].ToLowerInvariant();
            if (closing)
            {
                while (counts.GetValueOrDefault(name) > 0)
                {
                    var top = open[^1];
                    open.RemoveAt(open.Count - 1);
                    counts[top]--;
                    if (top == name)
                    {
                        break;
                    }
                }
                continue;
            }
            var tagEnd = html.IndexOf('>', nameEnd, Math.Min(500, html.Length - nameEnd));
            if ((tagEnd > 0 && html[tagEnd - 1] == '/') || s_void.Contains(name))
            {
                continue;
            }
            if (name is "script" or "style")
            {
                i = SkipTo(html, "</" + name, nameEnd, ref line);
                continue;
            }
            if (s_closedBySibling.Contains(name) && open.Count > 0 && open[^1] == name)
            {
                open.RemoveAt(open.Count - 1);
                counts[name]--;
            }
            open.Add(name);
            counts[name] = counts.GetValueOrDefault(name) + 1;
            if (open.Count > deepest)
            {
                (deepest, deepestLine) = (open.Count, line);
                if (deepest > limit)
                {
                    break;
                }
            }
        }
        return (deepest, deepestLine);
    }

    /// <summary>The position just before the end of <paramref name="value"/> after <paramref name="from"/> (the text's end when none), counting the lines passed.</summary>
    private static int SkipTo(string html, string value, int from, ref int line)
    {
        var at = html.IndexOf(value, Math.Min(from, html.Length), StringComparison.OrdinalIgnoreCase);
        var end = at < 0 ? html.Length : at + value.Length - 1;
        line += html.AsSpan(from, Math.Max(0, Math.Min(end, html.Length) - from)).Count('\n');
        return end;
    }
}
