using System.Xml;
using BilateralRelations.Core.Articles.Formats.Wikitext;
using BilateralRelations.Core.Countries;
using BilateralRelations.Core.Facts;

namespace BilateralRelations.Core.Articles.Formats;

/// <summary>
/// Reads a MediaWiki export (Special:Export: <c>&lt;mediawiki&gt;&lt;page&gt;&lt;title/&gt;&lt;ns/&gt;&lt;revision&gt;&lt;text/&gt;</c>).
/// Every article page whose title names a relation between two countries becomes an article named
/// "file › title", read as wikitext with its lines numbered as in the XML file; every other page (another
/// namespace, a redirect, another subject) is reported and skipped. With several revisions, the last one is read.
/// </summary>
public sealed class MediaWikiExportReader(CountryCatalog catalog)
{
    /// <summary>Joins a file and a page in an article's name: "bilateral-relations-of-hungary.xml › Georgia–Hungary relations".</summary>
    public const string PageSeparator = " › ";

    private sealed class Page
    {
        public string? Title { get; set; }
        public int TitleLine { get; set; }
        public int Line { get; set; }
        public string Namespace { get; set; } = "0";
        public bool Redirect { get; set; }
        public string? Text { get; set; }
        public int TextLine { get; set; }
        public bool Complete { get; set; }
    }

    public IReadOnlyList<ArticleSource> Read(string fileName, string xml, ICollection<Diagnostic> diagnostics)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit, // no entity expansion, no external files
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        var pages = new List<Page>();
        try
        {
            using var reader = XmlReader.Create(new StringReader(TextLines.StripBom(xml)), settings);
            var info = (IXmlLineInfo)reader;
            Page? page = null;
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    if (reader is { NodeType: XmlNodeType.EndElement, LocalName: "page" } && page is not null)
                    {
                        page.Complete = true;
                    }
                    reader.Read();
                    continue;
                }
                var line = info.LineNumber;
                switch (reader.LocalName)
                {
                    case "page":
                        page = new Page { Line = line };
                        pages.Add(page);
                        reader.Read();
                        break;
                    case "title" when page is not null:
                        page.TitleLine = line;
                        page.Title = reader.ReadElementContentAsString().Trim(); // moves past the element
                        break;
                    case "ns" when page is not null:
                        page.Namespace = reader.ReadElementContentAsString().Trim();
                        break;
                    case "redirect" when page is not null:
                        page.Redirect = true;
                        reader.Read();
                        break;
                    case "text" when page is not null:
                        (page.Text, page.TextLine) = ReadText(reader, info); // the last revision's text wins
                        break;
                    default:
                        reader.Read();
                        break;
                }
            }
        }
        catch (XmlException ex)
        {
            diagnostics.Add(new Diagnostic(fileName, ex.LineNumber, DiagnosticSeverity.Error,
                $"The export is not well-formed XML ({ex.Message}); {(pages.Count == 0 ? "nothing" : "only the pages before this point")} could be read.", null));
            pages = pages.Where(p => p.Complete).ToList(); // the page the break fell in may be cut short
        }
        if (pages.Count == 0 && !diagnostics.Any(d => d.FileName == fileName && d.Severity == DiagnosticSeverity.Error))
        {
            diagnostics.Add(new Diagnostic(fileName, 1, DiagnosticSeverity.Error, "The export holds no pages.", null));
        }
        var articles = new List<ArticleSource>();
        var wikitext = new WikitextReader(catalog);
        var titles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var reason = Skip(page) ?? (titles.Add(page.Title!) ? null : "an earlier page of the export has the same title");
            if (reason is not null)
            {
                diagnostics.Add(new Diagnostic(fileName, page.TitleLine > 0 ? page.TitleLine : page.Line, DiagnosticSeverity.Info, $"The page '{page.Title}' was skipped: {reason}.", null));
                continue;
            }
            var name = fileName + PageSeparator + page.Title;
            articles.Add(wikitext.Read(new WikiPage(name, page.Title!, page.Title, page.TitleLine, page.TextLine), page.Text!, diagnostics) with
            {
                Format = ArticleFormat.MediaWikiExport,
            });
        }
        return articles;
    }

    /// <summary>The content of a &lt;text&gt; element and the line of the file it starts on (which need not be the tag's).</summary>
    private static (string Text, int Line) ReadText(XmlReader reader, IXmlLineInfo info)
    {
        var line = info.LineNumber;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return ("", line);
        }
        reader.Read();
        var text = new System.Text.StringBuilder();
        var first = true;
        while (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
        {
            if (first)
            {
                (line, first) = (info.LineNumber, false);
            }
            text.Append(reader.Value);
            reader.Read();
        }
        return (text.ToString(), line);
    }

    private string? Skip(Page page) => page switch
    {
        { Title: null or "" } => "it has no title",
        { Namespace: not "0" } => "it is not an article (namespace " + page.Namespace + ")",
        { Redirect: true } => "it is a redirect",
        { Text: null } => "it has no text",
        _ when !TitleCountries.NamesRelation(page.Title) || TitleCountries.Read(page.Title, catalog) is null => "its title does not name a relation between two countries",
        _ => null,
    };
}
