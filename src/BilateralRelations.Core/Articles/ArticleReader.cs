using System.Text.RegularExpressions;
using BilateralRelations.Core.Articles.Formats;
using BilateralRelations.Core.Articles.Formats.Wikitext;
using BilateralRelations.Core.Countries;
using BilateralRelations.Core.Facts;

namespace BilateralRelations.Core.Articles;

/// <summary>
/// Reads a file in any form an article comes in, recognised from its content first and its extension second:
/// the plain rendering (.txt), wikitext (.wiki, .wikitext, or text that is clearly wikitext), a MediaWiki export
/// (.xml, one article per relations page) or a page saved from the browser (.html). Every reader gives the same
/// lines (<see cref="ArticleSource"/>), so nothing after this knows the form.
/// </summary>
public sealed partial class ArticleReader(CountryCatalog catalog)
{
    /// <summary>The extensions of the files the importer reads, in any case.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".txt", ".wiki", ".wikitext", ".mediawiki", ".xml", ".html", ".htm"];

    public ArticleReader() : this(CountryCatalog.Default)
    {
    }

    /// <summary>Wikitext marks a plain text file does not have by chance: a template or table opening a line, bold quotes, a link, a reference.</summary>
    [GeneratedRegex(@"^(?:\{\{|\{\|)|'''|\[\[[^\]\n]{1,255}\]\]|<ref[ >/]", RegexOptions.Multiline)]
    private static partial Regex WikitextMark();

    public static bool IsArticleFile(string path) =>
        Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads <paramref name="text"/> (the content of <paramref name="fileName"/>) into its articles: one, or one per page of an export.</summary>
    public IReadOnlyList<ArticleSource> Read(string fileName, string text, ICollection<Diagnostic> diagnostics) =>
        Detect(fileName, text) switch
        {
            ArticleFormat.MediaWikiExport => new MediaWikiExportReader(catalog).Read(fileName, text, diagnostics),
            ArticleFormat.Html => new HtmlArticleReader(catalog).Read(fileName, text, diagnostics) is { } page ? [page] : [],
            ArticleFormat.Wikitext => [new WikitextReader(catalog).Read(fileName, text, diagnostics)],
            _ => [PlainTextReader.Read(fileName, text)],
        };

    /// <summary>The form of a file: markup the content starts with decides; then the extension; then wikitext marks.</summary>
    public static ArticleFormat Detect(string fileName, string text)
    {
        var head = TextLines.StripBom(text).AsSpan().TrimStart();
        head = head[..Math.Min(head.Length, 2000)];
        if (head.StartsWith("<mediawiki", StringComparison.OrdinalIgnoreCase) || (head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && head.Contains("<mediawiki", StringComparison.OrdinalIgnoreCase)))
        {
            return ArticleFormat.MediaWikiExport;
        }
        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
        {
            return ArticleFormat.Html;
        }
        switch (Path.GetExtension(fileName).ToLowerInvariant())
        {
            case ".html" or ".htm":
                return ArticleFormat.Html;
            case ".xml":
                return ArticleFormat.MediaWikiExport;
            case ".wiki" or ".wikitext" or ".mediawiki":
                return ArticleFormat.Wikitext;
        }
        // A plain rendering opens with its "= Title =" line; wikitext never does.
        var firstLine = head.IndexOf('\n') is var n and >= 0 ? head[..n].TrimEnd() : head.TrimEnd();
        var plainTitle = firstLine.Length > 2 && firstLine[0] == '=' && firstLine[1] != '=';
        // Wikitext shows its marks early (templates open an article); the start is enough, and bounds the search.
        return !plainTitle && WikitextMark().IsMatch(text.AsSpan(0, Math.Min(text.Length, 64 * 1024))) ? ArticleFormat.Wikitext : ArticleFormat.PlainText;
    }
}
