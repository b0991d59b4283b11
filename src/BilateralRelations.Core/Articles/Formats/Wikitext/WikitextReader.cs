using System.Globalization;
using System.Text.RegularExpressions;
using BilateralRelations.Core.Countries;
using BilateralRelations.Core.Facts;

namespace BilateralRelations.Core.Articles.Formats.Wikitext;

/// <summary>
/// Reads MediaWiki wikitext (an article's "Edit source") into the plain rendering: the title, the infobox as
/// <c>Infobox</c> and <c>- Field: value</c> lines, headings, list items (nested ones too) as <c>- </c> items,
/// wikitables as <c>| a | b |</c> rows and paragraphs as the words they show. Each line keeps the number of the
/// line of the file it starts on. Broken markup is reported and read as text; time is linear in the text.
/// </summary>
public sealed partial class WikitextReader(CountryCatalog catalog)
{
    public WikitextReader() : this(CountryCatalog.Default)
    {
    }

    [GeneratedRegex(@"^(?<open>={1,6})\s*(?<text>.*?)\s*(?<close>={1,6})$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?<marks>[*#:;]+)\s*(?<text>.*)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^-{4,}$")]
    private static partial Regex Rule();

    /// <summary>Reads a wikitext file; the title comes from the text (the bold lead, the infobox) or the file name.</summary>
    public ArticleSource Read(string fileName, string text, ICollection<Diagnostic> diagnostics) =>
        Read(new WikiPage(fileName, Path.GetFileNameWithoutExtension(fileName), null, 1, 1), text, diagnostics);

    /// <summary>Reads the wikitext of one page, whose first line is line <see cref="WikiPage.FirstLine"/> of its file.</summary>
    internal ArticleSource Read(WikiPage page, string text, ICollection<Diagnostic> diagnostics)
    {
        text = TextLines.StripBom(text).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var report = new ReaderDiagnostics(page.Name);
        var markup = WikiMarkup.Prepare(text, page.FirstLine, report);
        var inline = new WikiInlineRenderer(markup, TemplateBook.Default, catalog, report);
        var lines = TopLevelLines(markup);
        var output = new List<ArticleLine>();
        var title = page.Title is null ? null : new ArticleLine(page.TitleLine, page.Title);
        WikiTemplate? infobox = null;
        var inLead = true;
        for (var j = 0; j < lines.Count; j++)
        {
            var start = SkipSpaces(text, lines[j].Start, lines[j].End);
            var end = lines[j].End;
            if (start >= end)
            {
                continue;
            }
            if (text.AsSpan(start).StartsWith("{|"))
            {
                var last = TableEnd(markup, lines, j, report);
                output.AddRange(new WikiTableReader(markup, inline).Read(lines.Skip(j).Take(last - j + 1).ToList()));
                j = last;
                continue;
            }
            start = ReadInfoboxes(markup, inline, start, end, output, ref infobox);
            var rendered = Block(inline.Render(start, end));
            if (rendered is null)
            {
                continue;
            }
            inLead &= !rendered.StartsWith("==", StringComparison.Ordinal);
            if (inLead && title is null)
            {
                title = BoldTitle(markup, inline, start, end);
            }
            output.Add(new ArticleLine(markup.LineOf(start), rendered));
        }
        title ??= InfoboxTitle(markup, inline, infobox) ?? FileTitle(page);
        output.Insert(0, title with { Text = $"= {title.Text} =" });
        report.CopyTo(diagnostics);
        return new ArticleSource(page.Name, page.SlugHint, ArticleFormat.Wikitext, output);
    }

    internal static int SkipSpaces(string text, int start, int end)
    {
        while (start < end && text[start] is ' ' or '\t')
        {
            start++;
        }
        return start;
    }

    /// <summary>
    /// The lines of the text as blocks: a line break inside a template, link, comment or reference does not end
    /// one (an infobox spans many lines of the file but is one block).
    /// </summary>
    private static List<(int Start, int End)> TopLevelLines(WikiMarkup markup)
    {
        var text = markup.Text;
        var lines = new List<(int, int)>();
        var lineStart = 0;
        for (var i = 0; i < text.Length;)
        {
            if (markup.EndOfNested(i, text.Length) is var nestedEnd and >= 0)
            {
                i = nestedEnd;
            }
            else if (text[i] == '\n')
            {
                lines.Add((lineStart, i));
                lineStart = ++i;
            }
            else
            {
                i++;
            }
        }
        lines.Add((lineStart, text.Length));
        return lines;
    }

    /// <summary>The index of the line that closes the table opening on line <paramref name="first"/> (tables nest).</summary>
    private static int TableEnd(WikiMarkup markup, List<(int Start, int End)> lines, int first, ReaderDiagnostics report)
    {
        var depth = 0;
        for (var j = first; j < lines.Count; j++)
        {
            var start = SkipSpaces(markup.Text, lines[j].Start, lines[j].End);
            var line = markup.Text.AsSpan(start, lines[j].End - start);
            depth += line.StartsWith("{|") ? 1 : line.StartsWith("|}") ? -1 : 0;
            if (depth == 0)
            {
                return j;
            }
        }
        report.Report(markup.LineOf(lines[first].Start), DiagnosticSeverity.Warning,
            "A table '{|' is never closed by '|}'; it was read to the end of the article.", () => WikiMarkup.LineText(markup, lines[first].Start));
        return lines.Count - 1;
    }

    /// <summary>
    /// Every infobox of the line, wherever it stands ("{{Use dmy dates}}{{Infobox …"), is read as fields: a line
    /// "Infobox", then "- Name: value" for each named parameter with a value, each on the line of the file its value
    /// starts on. Returns where the line's own words start: after the spaces, comments and templates that show nothing.
    /// </summary>
    private static int ReadInfoboxes(WikiMarkup markup, WikiInlineRenderer inline, int start, int end, List<ArticleLine> output, ref WikiTemplate? infobox)
    {
        for (var i = start; i < end;)
        {
            if (markup.IsPair(i, '{') && markup.TryGetCloser(i, end, out var closer))
            {
                var template = WikiTemplate.Read(markup, i + 2, closer);
                if (TemplateBook.Default.RuleFor(template.Name).Kind == TemplateRuleKind.Infobox)
                {
                    infobox ??= template;
                    output.Add(new ArticleLine(markup.LineOf(i), "Infobox"));
                    output.AddRange(InfoboxFields(markup, inline, template));
                }
                i = closer + 2;
            }
            else
            {
                i = markup.EndOfNested(i, end) is var nestedEnd and >= 0 ? nestedEnd : i + 1;
            }
        }
        var contentStart = start;
        while (contentStart < end)
        {
            if (char.IsWhiteSpace(markup.Text[contentStart]))
            {
                contentStart++;
                continue;
            }
            var nestedEnd = markup.EndOfNested(contentStart, end);
            if (nestedEnd < 0 || inline.Render(contentStart, nestedEnd).Length > 0)
            {
                break;
            }
            contentStart = nestedEnd;
        }
        return contentStart;
    }

    private static IEnumerable<ArticleLine> InfoboxFields(WikiMarkup markup, WikiInlineRenderer inline, WikiTemplate template)
    {
        foreach (var parameter in template.Parameters)
        {
            var name = InfoboxFieldName.From(parameter.Name ?? "");
            var value = name.Length == 0 ? "" : inline.Value(parameter);
            if (value.Length > 0)
            {
                yield return new ArticleLine(markup.LineOf(SkipWhitespace(markup.Text, parameter.Start, parameter.End)), $"- {name}: {value}");
            }
        }
    }

    private static int SkipWhitespace(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        return start;
    }

    /// <summary>A rendered line as a line of the plain rendering; null for one that shows nothing.</summary>
    private static string? Block(string line)
    {
        if (line.Length == 0 || Rule().IsMatch(line))
        {
            return null;
        }
        // A heading is short; testing a megabyte line for one would cost the square of its length.
        if (line.Length <= ArticleParser.MaxLineLength && Heading().Match(line) is { Success: true } heading && heading.Groups["text"].Length > 0)
        {
            var level = Math.Max(2, Math.Min(heading.Groups["open"].Length, heading.Groups["close"].Length));
            var marks = new string('=', level);
            return $"{marks} {heading.Groups["text"].Value} {marks}";
        }
        if (ListItem().Match(line) is { Success: true } item)
        {
            var text = item.Groups["text"].Value;
            // "*" and "#" items, however nested, are items; ":" indents and ";" terms are paragraphs.
            return text.Length == 0 ? null : item.Groups["marks"].Value.IndexOfAny(['*', '#']) >= 0 ? "- " + text : text;
        }
        return line;
    }

    /// <summary>"'''Azerbaijan–Hungary relations''' are…": the bold words of the lead when they name a relation.</summary>
    private ArticleLine? BoldTitle(WikiMarkup markup, WikiInlineRenderer inline, int start, int end)
    {
        var open = markup.Text.IndexOf("'''", start, end - start, StringComparison.Ordinal);
        var close = open < 0 ? -1 : markup.Text.IndexOf("'''", open + 3, end - open - 3, StringComparison.Ordinal);
        if (close < 0)
        {
            return null;
        }
        var bold = inline.Render(open + 3, close);
        return TitleCountries.NamesRelation(bold) && TitleCountries.Read(bold, catalog) is not null ? new ArticleLine(markup.LineOf(open), bold) : null;
    }

    /// <summary>The infobox's two countries ("country1", "party1" or the second and third unnamed parameters).</summary>
    private static ArticleLine? InfoboxTitle(WikiMarkup markup, WikiInlineRenderer inline, WikiTemplate? infobox)
    {
        if (infobox is null)
        {
            return null;
        }
        string Country(int n) =>
            new[] { infobox.Named($"country{n}"), infobox.Named($"party{n}"), infobox.Position(n + 1) }
                .Select(p => inline.Value(p)).FirstOrDefault(v => v.Length > 0) ?? "";
        var (a, b) = (Country(1), Country(2));
        return a.Length > 0 && b.Length > 0 ? new ArticleLine(markup.LineOf(infobox.Start), $"{a}–{b} relations") : null;
    }

    /// <summary>"azerbaijan-hungary-relations.wiki" → "Azerbaijan–Hungary relations" when the name gives two known countries.</summary>
    private ArticleLine FileTitle(WikiPage page)
    {
        var stem = page.SlugHint.Replace('_', ' ');
        var words = stem.EndsWith("-relations", StringComparison.OrdinalIgnoreCase) ? stem[..^10] + " relations" : stem;
        var pair = TitleCountries.Read(words, catalog);
        var title = pair is { A.Iso3: not null, B.Iso3: not null } ? $"{pair.Value.A.Name}–{pair.Value.B.Name} relations" : stem;
        return new ArticleLine(page.FirstLine, title);
    }
}

/// <summary>Where a page's wikitext comes from: its name, slug hint, title when known, and its first line in the file.</summary>
internal sealed record WikiPage(string Name, string SlugHint, string? Title, int TitleLine, int FirstLine);
