using BilateralRelations.Core.Facts;

namespace BilateralRelations.Core.Articles.Formats.Wikitext;

/// <summary>
/// Finds the comments and tags of wikitext and records what each reads as: comments, references and other
/// elements readers do not see (galleries, maths) as nothing; <c>&lt;nowiki&gt;</c> as its literal content; line
/// breaks as a space; formatting tags (<c>&lt;small&gt;</c>, <c>&lt;span …&gt;</c>) as nothing, keeping their content.
/// Anything else that starts with '&lt;' ("&lt;5%") stays text. Every search for a closer is remembered when it
/// fails, so a million unclosed tags cost one scan, not a million.
/// </summary>
internal sealed class WikiTagScanner(WikiMarkup markup, ReaderDiagnostics report)
{
    /// <summary>Elements whose content readers never see on the page.</summary>
    private static readonly HashSet<string> s_hidden = new(StringComparer.OrdinalIgnoreCase)
    {
        "ref", "references", "gallery", "math", "chem", "ce", "score", "timeline", "graph", "mapframe", "maplink",
        "templatedata", "templatestyles", "imagemap", "syntaxhighlight", "source", "includeonly", "noinclude", "categorytree",
        "inputbox", "hiero", "charinsert", "indicator",
    };

    /// <summary>Elements whose content is shown exactly as written.</summary>
    private static readonly HashSet<string> s_literal = new(StringComparer.OrdinalIgnoreCase) { "nowiki", "pre", "code" };

    private static readonly HashSet<string> s_breaks = new(StringComparer.OrdinalIgnoreCase) { "br", "hr" };

    /// <summary>Formatting that only changes the look of its content.</summary>
    private static readonly HashSet<string> s_formatting = new(StringComparer.OrdinalIgnoreCase)
    {
        "span", "div", "small", "big", "sup", "sub", "center", "blockquote", "abbr", "s", "strike", "del", "ins", "u", "b",
        "i", "em", "strong", "cite", "tt", "font", "p", "poem", "section", "onlyinclude", "q", "var", "kbd", "samp",
        "mark", "bdi", "wbr", "dfn", "time", "data", "ruby", "rb", "rt", "rp", "caption", "li", "ul", "ol", "dl", "dt", "dd",
    };

    /// <summary>No real tag is longer; a '&lt;b' with a '&gt;' pages later is text, not a tag swallowing the pages.</summary>
    private const int MaxTagLength = 500;

    private readonly string _text = markup.Text;
    private readonly Dictionary<string, int> _failedFrom = new(StringComparer.OrdinalIgnoreCase);

    public void Scan()
    {
        for (var i = _text.IndexOf('<'); i >= 0 && i < _text.Length; i = _text.IndexOf('<', i))
        {
            i = ReadAt(i);
        }
    }

    /// <summary>Reads what starts at the '&lt;' at <paramref name="at"/>; returns where to go on.</summary>
    private int ReadAt(int at)
    {
        if (string.CompareOrdinal(_text, at, "<!--", 0, 4) == 0)
        {
            var close = Find("-->", at + 4);
            if (close < 0)
            {
                report.Report(markup.LineOf(at), DiagnosticSeverity.Warning,
                    "A comment '<!--' is never closed by '-->'; the text after it was read.", () => WikiMarkup.LineText(markup, at));
                return Add(at, at + 4, "");
            }
            return Add(at, close + 3, "");
        }
        var tag = ReadTag(at);
        if (tag is null)
        {
            return at + 1;
        }
        var (name, end, closing, selfClosing) = tag.Value;
        if (s_breaks.Contains(name))
        {
            return Add(at, end, " ");
        }
        if (s_hidden.Contains(name) || s_literal.Contains(name))
        {
            if (closing || selfClosing)
            {
                return Add(at, end, "");
            }
            var closeTag = $"</{name}>";
            var closer = Find(closeTag, end);
            if (closer < 0)
            {
                report.Report(markup.LineOf(at), DiagnosticSeverity.Warning,
                    $"A <{name.ToLowerInvariant()}> is never closed; the text after it was read.", () => WikiMarkup.LineText(markup, at));
                return Add(at, end, "");
            }
            var content = s_literal.Contains(name) ? _text[end..closer] : "";
            return Add(at, closer + closeTag.Length, content);
        }
        return s_formatting.Contains(name) ? Add(at, end, "") : at + 1;
    }

    private int Add(int start, int end, string replacement)
    {
        markup.Spans[start] = new WikiSpan(end, replacement);
        return end;
    }

    /// <summary>A tag "&lt;name attrs&gt;", "&lt;/name&gt;" or "&lt;name/&gt;" on one line; null when the '&lt;' is text.</summary>
    private (string Name, int End, bool Closing, bool SelfClosing)? ReadTag(int at)
    {
        var i = at + 1;
        var closing = i < _text.Length && _text[i] == '/';
        if (closing)
        {
            i++;
        }
        var nameStart = i;
        while (i < _text.Length && char.IsAsciiLetterOrDigit(_text[i]))
        {
            i++;
        }
        if (i == nameStart || !char.IsAsciiLetter(_text[nameStart]) || (i < _text.Length && _text[i] is not ('>' or '/' or ' ' or '\t' or '\n')))
        {
            return null;
        }
        var stop = _text.IndexOfAny(['<', '>'], i, Math.Min(MaxTagLength, _text.Length - i));
        if (stop < 0 || _text[stop] != '>')
        {
            return null;
        }
        return (_text[nameStart..i], stop + 1, closing, _text[stop - 1] == '/');
    }

    /// <summary>
    /// The next <paramref name="value"/> (ignoring case) from <paramref name="from"/>, or -1. A failed search is
    /// remembered: a later one from further on cannot succeed either.
    /// </summary>
    private int Find(string value, int from)
    {
        if (_failedFrom.TryGetValue(value, out var failed) && from >= failed)
        {
            return -1;
        }
        var found = _text.IndexOf(value, from, StringComparison.OrdinalIgnoreCase);
        if (found < 0)
        {
            _failedFrom[value] = from;
        }
        return found;
    }
}
