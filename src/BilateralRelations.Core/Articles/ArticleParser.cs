using System.Text.RegularExpressions;
using BilateralRelations.Core.Countries;
using BilateralRelations.Core.Facts;
using BilateralRelations.Core.Text;

namespace BilateralRelations.Core.Articles;

/// <summary>
/// Reads the plain rendering every format reader gives (see <see cref="ArticleReader"/>): a title line <c>= A–B relations =</c>, an optional infobox (a line <c>Infobox</c>
/// followed by <c>- Field: value</c> items), headings <c>== X ==</c> / <c>=== X ===</c>, paragraphs, <c>- </c> or
/// numbered list items (optionally starting with a three-letter country code) and table rows <c>| a | b |</c>.
/// </summary>
public sealed partial class ArticleParser(CountryCatalog catalog)
{
    /// <summary>Lines longer than this are cut for reading (and reported); no article sentence needs more.</summary>
    public const int MaxLineLength = 2000;

    [GeneratedRegex(@"^(?<open>=+)\s*(?<text>.*?)\s*(?<close>=*)$")]
    private static partial Regex HeadingRegex();

    [GeneratedRegex(@"^(?:[-*•–]|\d{1,3}[.)])\s+(?<text>.*)$")]
    private static partial Regex ListItemRegex();

    [GeneratedRegex(@"^(?<code>[A-Z]{3})\s+(?<rest>\S.*)$")]
    private static partial Regex CountryCodeRegex();

    [GeneratedRegex(@"^infobox(?:\s+[\p{L} ]+)?:?$", RegexOptions.IgnoreCase)]
    private static partial Regex InfoboxStart();

    /// <summary>"- Mission1: Embassy of Poland, Baku": a field name is one word, letters and digits.</summary>
    [GeneratedRegex(@"^[-*•]\s*(?<name>[A-Za-z][A-Za-z0-9_]{0,39})\s*[:=]\s*(?<value>.*)$")]
    private static partial Regex InfoboxFieldRegex();

    /// <summary>Parses <paramref name="source"/>; returns null (with a diagnostic) when it is not an article of the genre.</summary>
    public Article? Parse(ArticleSource source, ICollection<Diagnostic> diagnostics)
    {
        var fileName = source.Name;
        var lines = source.Lines;
        var titleIndex = lines.ToList().FindIndex(l => TextNormalizer.Clean(l.Text).Length > 0);
        if (titleIndex < 0)
        {
            diagnostics.Add(new(fileName, 1, DiagnosticSeverity.Error, "The file is empty.", null));
            return null;
        }
        var titleNumber = lines[titleIndex].Number;
        var titleLine = TextNormalizer.Clean(lines[titleIndex].Text);
        var title = HeadingRegex().Match(titleLine);
        if (!title.Success || title.Groups["open"].Length != 1)
        {
            diagnostics.Add(new(fileName, titleNumber, DiagnosticSeverity.Error,
                "The first line is not a title of the form '= A–B relations ='; the file was skipped.", null)); // a file that is no article is never quoted
            return null;
        }
        var titleText = title.Groups["text"].Value;
        var pair = TitleCountries.Read(titleText, catalog);
        if (pair is null)
        {
            diagnostics.Add(new(fileName, titleNumber, DiagnosticSeverity.Error,
                "The title does not name two countries; the file was skipped.", null));
            return null;
        }
        var (a, b) = pair.Value;
        foreach (var country in new[] { a, b }.Where(c => c.Iso3 is null))
        {
            diagnostics.Add(new(fileName, titleNumber, DiagnosticSeverity.Warning,
                $"'{country.Name}' is not a country the importer knows; its facts are kept without country codes.", titleLine));
        }

        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        var root = new Section { Level = 1, Heading = titleText, Line = titleNumber };
        var sections = new List<Section> { root };
        var current = root;
        var infobox = new List<InfoboxField>();
        var inInfobox = false;
        for (var i = titleIndex + 1; i < lines.Count; i++)
        {
            var lineNumber = lines[i].Number;
            var raw = lines[i].Text;
            if (raw.Length > MaxLineLength)
            {
                diagnostics.Add(new(fileName, lineNumber, DiagnosticSeverity.Warning,
                    $"The line is {raw.Length:N0} characters long; only the first {MaxLineLength:N0} were read.", Shorten(raw)));
                raw = raw[..MaxLineLength];
            }
            var clean = TextNormalizer.Clean(raw).Trim();
            if (clean.Length == 0)
            {
                continue;
            }
            if (current == root && InfoboxStart().IsMatch(clean))
            {
                inInfobox = true;
                continue;
            }
            if (inInfobox && InfoboxFieldRegex().Match(clean) is { Success: true } field)
            {
                infobox.Add(new InfoboxField(field.Groups["name"].Value, field.Groups["value"].Value.Trim(), lineNumber, lines[i].Text));
                continue;
            }
            inInfobox = false;
            var heading = HeadingRegex().Match(clean);
            if (heading.Success && heading.Groups["open"].Length > 1)
            {
                current = ReadHeading(fileName, lineNumber, heading, current, diagnostics);
                sections.Add(current);
                continue;
            }
            if (!firstSeen.TryAdd(clean, lineNumber))
            {
                diagnostics.Add(new(fileName, lineNumber, DiagnosticSeverity.Info,
                    $"The line repeats line {firstSeen[clean]}; its facts were read once.", Shorten(lines[i].Text)));
                continue;
            }
            current.Blocks.Add(ReadBlock(lineNumber, clean, lines[i].Text, a, b, current));
        }
        // A references section is empty whenever the article came as wikitext or a saved page (its citations are not
        // article text): only an empty section of content is worth a note.
        foreach (var empty in sections.Skip(1).Where(s => s.Blocks.Count == 0 && !sections.Any(c => c.Parent == s)
            && Extraction.SectionClassifier.Classify(s) != Extraction.SectionKind.References))
        {
            diagnostics.Add(new(fileName, empty.Line, DiagnosticSeverity.Info, $"The section '{empty.Heading}' is empty.", null));
        }
        return new Article
        {
            FileName = fileName,
            Title = titleText,
            CountryA = a,
            CountryB = b,
            Sections = sections,
            Lines = lines,
            Format = source.Format,
            Infobox = infobox,
        };
    }

    private static Section ReadHeading(string fileName, int lineNumber, Match heading, Section current, ICollection<Diagnostic> diagnostics)
    {
        var level = heading.Groups["open"].Length;
        var text = heading.Groups["text"].Value;
        if (heading.Groups["close"].Length != level)
        {
            diagnostics.Add(new(fileName, lineNumber, DiagnosticSeverity.Warning,
                $"The heading '{text}' opens with {level} '=' but closes with {heading.Groups["close"].Length}; read as level {level}.", heading.Value));
        }
        if (text.Length == 0)
        {
            text = "(untitled section)";
            diagnostics.Add(new(fileName, lineNumber, DiagnosticSeverity.Warning, "The heading has no text.", heading.Value));
        }
        var parent = current;
        while (parent.Parent is not null && parent.Level >= level)
        {
            parent = parent.Parent;
        }
        return new Section { Level = level, Heading = text, Line = lineNumber, Parent = parent };
    }

    private static Block ReadBlock(int lineNumber, string clean, string raw, Country a, Country b, Section section)
    {
        if (clean.StartsWith('|'))
        {
            // "| 12 May 2015 | President X | Budapest |": a table row; the outer bars are not cells.
            var cells = clean.Trim('|').Split('|').Select(c => c.Trim()).ToList();
            return new Block(BlockKind.TableRow, lineNumber, string.Join(" | ", cells), raw, null, section) { Cells = cells };
        }
        var item = ListItemRegex().Match(clean);
        if (!item.Success)
        {
            return new Block(BlockKind.Paragraph, lineNumber, clean, raw, null, section);
        }
        var text = item.Groups["text"].Value;
        Country? codeCountry = null;
        var code = CountryCodeRegex().Match(text);
        if (code.Success)
        {
            var tag = code.Groups["code"].Value;
            codeCountry = new[] { a, b }.FirstOrDefault(c => c.Iso3 == tag || c.Ioc == tag);
            if (codeCountry is not null)
            {
                text = code.Groups["rest"].Value;
            }
        }
        return new Block(BlockKind.ListItem, lineNumber, text, raw, codeCountry, section);
    }

    internal static string Shorten(string line) => Formats.TextLines.Shorten(line);
}
