using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using BilateralRelations.Core.Countries;
using BilateralRelations.Core.Facts;

namespace BilateralRelations.Core.Articles.Formats;

/// <summary>
/// Reads an encyclopedia page saved from the browser (.html) with a real HTML parser: the title from the page's
/// first heading, then the article body only (not the menus, contents sidebar, references or footer): headings,
/// paragraphs, list items, tables and the infobox (its "Diplomatic mission" and "Envoy" rows as the
/// <c>Mission1</c>/<c>Mission2</c> and <c>Envoy1</c>/<c>Envoy2</c> fields the wikitext names). A flag icon reads
/// as its country's code, as in the plain rendering. Scripts and styles are never read; one inside the article is reported.
/// </summary>
public sealed partial class HtmlArticleReader(CountryCatalog catalog)
{
    /// <summary>What a reader of the page never sees as article text: page furniture, notes, references, hidden parts.</summary>
    private const string Hidden = "script, style, noscript, template, link, meta, sup.reference, .mw-editsection, .reflist, ol.references, "
        + ".mw-references-wrap, .navbox, .navbox-styles, .hatnote, .shortdescription, .noprint, .mw-empty-elt, figure, .thumb, "
        + "#toc, .toc, .sidebar, .metadata, .ambox, .mbox-small, .mw-jump-link, .catlinks, .printfooter, [hidden], "
        + "[style*='display:none'], [style*='display: none']";

    /// <summary>Real pages nest a dozen elements deep; the reader stops descending far beyond that.</summary>
    private const int MaxDepth = 200;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"Flag_of_(?<country>[^/]{1,100}?)(?:_\(\d+[^/]*\))?\.svg", RegexOptions.IgnoreCase)]
    private static partial Regex FlagFile();

    [GeneratedRegex(@"\s+[-–—|]\s+Wikipedia\s*$")]
    private static partial Regex SiteSuffix();

    /// <summary>
    /// Elements open at once beyond which a page is refused unread. Real pages nest a few dozen deep; the HTML parser
    /// slows with the square of the depth, so a file of a million nested tags would stall the import.
    /// </summary>
    public const int MaxNesting = 2000;

    /// <summary>Reads the page; null (with a diagnostic) when it is refused unread.</summary>
    public ArticleSource? Read(string fileName, string html, ICollection<Diagnostic> diagnostics)
    {
        var report = new ReaderDiagnostics(fileName);
        if (HtmlNesting.Deepest(html, MaxNesting) is var (depth, line) && depth > MaxNesting)
        {
            diagnostics.Add(new Diagnostic(fileName, line, DiagnosticSeverity.Error,
                $"The page nests elements more than {MaxNesting:N0} deep; no real article does, so it was not read.", null));
            return null;
        }
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true, IsScripting = false });
        var document = parser.ParseDocument(html);
        var root = document.QuerySelector("#mw-content-text .mw-parser-output") ?? document.QuerySelector(".mw-parser-output") ?? document.Body;
        var lines = new List<ArticleLine>();
        if (root is not null)
        {
            foreach (var script in root.QuerySelectorAll("script"))
            {
                report.Report(LineOf(script), DiagnosticSeverity.Warning, "The article holds a <script>; it was not read.", () => TextLines.Shorten(script.OuterHtml));
            }
            new Walker(this, lines, report).Walk(root, 0);
        }
        var heading = document.QuerySelector("#firstHeading") ?? document.QuerySelector("h1");
        var title = heading is not null ? TextOf(heading) : SiteSuffix().Replace(TextLines.Shorten(document.Title ?? "").Trim(), "");
        var titleLine = heading is not null ? LineOf(heading) : LineOf(document.QuerySelector("title")) is var l and > 0 ? l : 1;
        if (title.Length == 0)
        {
            title = Path.GetFileNameWithoutExtension(fileName);
            report.Report(1, DiagnosticSeverity.Warning, "The page has no title heading; the file name was used as the title.");
        }
        lines.Insert(0, new ArticleLine(titleLine, $"= {title} ="));
        report.CopyTo(diagnostics);
        return new ArticleSource(fileName, Path.GetFileNameWithoutExtension(fileName), ArticleFormat.Html, lines);
    }

    private static int LineOf(IElement? element) => element?.SourceReference?.Position.Line ?? 0;

    private static bool IsHidden(IElement element) => element.Matches(Hidden);

    /// <summary>The words an element shows, on one line: hidden parts left out, flag icons as codes, line breaks as spaces.</summary>
    private string TextOf(INode node, Func<IElement, bool>? skip = null) => TextOf(node.ChildNodes, skip);

    /// <summary>The words of a run of nodes, on one line.</summary>
    private string TextOf(IEnumerable<INode> nodes, Func<IElement, bool>? skip = null)
    {
        var builder = new StringBuilder();
        foreach (var node in nodes)
        {
            AppendText(builder, node, skip, 0);
        }
        return Whitespace().Replace(builder.ToString(), " ").Trim();
    }

    private void AppendText(StringBuilder builder, INode node, Func<IElement, bool>? skip, int depth)
    {
        if (node is IText text)
        {
            builder.Append(text.Data);
        }
        else if (node is IElement element && depth < MaxDepth && !IsHidden(element) && skip?.Invoke(element) != true)
        {
            if (element.LocalName == "br")
            {
                builder.Append(' ');
            }
            else if (element.ClassList.Contains("flagicon"))
            {
                builder.Append(FlagCode(element)).Append(' ');
            }
            else
            {
                foreach (var child in element.ChildNodes)
                {
                    AppendText(builder, child, skip, depth + 1);
                }
            }
        }
    }

    /// <summary>A flag icon's country, from its image ("Flag_of_Hungary.svg") or alternative text, as its code.</summary>
    private string FlagCode(IElement flag)
    {
        var image = flag.QuerySelector("img");
        var source = image?.GetAttribute("src") ?? "";
        var file = Uri.UnescapeDataString(source[(source.LastIndexOf('/') + 1)..]); // "23px-Flag_of_Hungary.svg.png"
        var name = file.Length <= 200 && FlagFile().Match(file) is { Success: true } flagFile ? flagFile.Groups["country"].Value.Replace('_', ' ') : image?.GetAttribute("alt") ?? "";
        name = name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
        return catalog.FindByName(name)?.Iso3 ?? name;
    }

    /// <summary>Walks the article body in document order, writing a line for each block it meets.</summary>
    private sealed class Walker(HtmlArticleReader reader, List<ArticleLine> lines, ReaderDiagnostics report)
    {
        public void Walk(IElement parent, int depth)
        {
            if (depth >= MaxDepth)
            {
                report.Report(LineOf(parent), DiagnosticSeverity.Warning, $"Elements are nested more than {MaxDepth} deep; the innermost were not read.");
                return;
            }
            // Text between blocks ("<div class=center>Text <b>bold</b></div>", a blockquote without paragraphs) is a
            // paragraph of its own.
            var loose = new List<INode>();
            foreach (var node in parent.ChildNodes)
            {
                if (node is not IElement element || s_inline.Contains(node.NodeName.ToLowerInvariant()))
                {
                    loose.Add(node);
                    continue;
                }
                AddLoose(parent, loose);
                if (IsHidden(element))
                {
                    continue;
                }
                switch (element)
                {
                    case IHtmlHeadingElement h:
                        Add(h, $"{new string('=', Math.Max(2, h.LocalName[1] - '0'))} {reader.TextOf(h)} {new string('=', Math.Max(2, h.LocalName[1] - '0'))}");
                        break;
                    case IHtmlParagraphElement p:
                        Add(p, reader.TextOf(p));
                        break;
                    case IHtmlUnorderedListElement or IHtmlOrderedListElement:
                        List(element, depth + 1);
                        break;
                    case IHtmlTableElement table when table.ClassList.Contains("infobox"):
                        Infobox(table);
                        break;
                    case IHtmlTableElement table:
                        Table(table);
                        break;
                    case { LocalName: "dt" or "dd" }:
                        Add(element, reader.TextOf(element, IsList));
                        NestedLists(element, depth + 1);
                        break;
                    default:
                        Walk(element, depth + 1); // div, section, dl, blockquote…: their blocks are inside
                        break;
                }
            }
            AddLoose(parent, loose);
        }

        /// <summary>Elements that are part of a line of text, not blocks of their own.</summary>
        private static readonly HashSet<string> s_inline = new(StringComparer.Ordinal)
        {
            "a", "abbr", "b", "bdi", "big", "br", "cite", "code", "em", "font", "i", "img", "kbd", "mark", "q", "s", "small",
            "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
        };

        private void AddLoose(IElement parent, List<INode> loose)
        {
            if (loose.Count == 0)
            {
                return;
            }
            var text = reader.TextOf(loose);
            var line = loose.OfType<IElement>().Select(LineOf).FirstOrDefault(l => l > 0);
            loose.Clear();
            if (text.Length > 0)
            {
                lines.Add(new ArticleLine(line > 0 ? line : LineOf(parent), text));
            }
        }

        private static bool IsList(IElement element) => element is IHtmlUnorderedListElement or IHtmlOrderedListElement or { LocalName: "dl" };

        private void Add(IElement element, string text)
        {
            if (text.Length > 0 && text.Trim('=', ' ').Length > 0)
            {
                lines.Add(new ArticleLine(LineOf(element), text));
            }
        }

        /// <summary>Each item is a "- " line with its own words; an item's nested list follows it as items of their own.</summary>
        private void List(IElement list, int depth)
        {
            foreach (var item in list.Children.Where(c => c.LocalName == "li" && !IsHidden(c)))
            {
                if (reader.TextOf(item, IsList) is { Length: > 0 } text)
                {
                    lines.Add(new ArticleLine(LineOf(item), "- " + text));
                }
                NestedLists(item, depth);
            }
        }

        private void NestedLists(IElement item, int depth)
        {
            if (depth >= MaxDepth)
            {
                report.Report(LineOf(item), DiagnosticSeverity.Warning, $"Lists are nested more than {MaxDepth} deep; the innermost were not read.");
                return;
            }
            foreach (var nested in item.Children.Where(c => IsList(c) && !IsHidden(c)))
            {
                if (nested.LocalName == "dl")
                {
                    Walk(nested, depth + 1);
                }
                else
                {
                    List(nested, depth + 1);
                }
            }
        }

        private void Table(IHtmlTableElement table) =>
            lines.AddRange(TableGrid.Lines(table.Rows.Select(row => new GridRow(LineOf(row),
                row.Cells.Where(c => !IsHidden(c)).Select(c => new GridCell(reader.TextOf(c), c.RowSpan, c.ColumnSpan)).ToList()))));

        /// <summary>
        /// The infobox as fields: a header row ("Diplomatic mission", "Envoy") names the two cells of the row
        /// under it (Mission1, Mission2); the first two-cell row, before any header, is the two parties; a row
        /// with a label and a value is that field.
        /// </summary>
        private void Infobox(IHtmlTableElement table)
        {
            lines.Add(new ArticleLine(LineOf(table), "Infobox"));
            string? header = null;
            var partiesRead = false;
            foreach (var row in table.Rows)
            {
                var cells = row.Cells.Where(c => !IsHidden(c)).ToList();
                var labels = cells.Where(c => c.LocalName == "th").ToList();
                var values = cells.Where(c => c.LocalName == "td" && !c.ClassList.Contains("infobox-image")).ToList();
                if (labels.Count == 1 && values.Count == 0)
                {
                    header = labels[0].ClassList.Contains("infobox-above") ? null : FieldName(reader.TextOf(labels[0]));
                }
                else if (labels.Count == 0 && values.Count == 2 && (header is not null || !partiesRead))
                {
                    var name = header ?? "Party";
                    partiesRead = true;
                    for (var n = 0; n < 2; n++)
                    {
                        Field(values[n], $"{name}{n + 1}", reader.TextOf(values[n]));
                    }
                    header = null;
                }
                else if (labels.Count == 1 && values.Count == 1)
                {
                    Field(values[0], FieldName(reader.TextOf(labels[0])), reader.TextOf(values[0]));
                }
            }
        }

        private void Field(IElement cell, string name, string value)
        {
            if (name.Length > 0 && value.Length > 0)
            {
                lines.Add(new ArticleLine(LineOf(cell), $"- {name}: {value}"));
            }
        }

        /// <summary>"Diplomatic mission" → "Mission"; "Envoy" → "Envoy"; another label → its words run together ("ChargeDAffaires").</summary>
        private static string FieldName(string label) =>
            label.Contains("mission", StringComparison.OrdinalIgnoreCase) ? "Mission"
            : label.Contains("envoy", StringComparison.OrdinalIgnoreCase) || label.Contains("ambassador", StringComparison.OrdinalIgnoreCase) ? "Envoy"
            : InfoboxFieldName.From(label);
    }
}
