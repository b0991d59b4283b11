namespace BilateralRelations.Core.Articles;

/// <summary>The form an article arrives in. The extractor never sees it: every reader gives the same lines.</summary>
public enum ArticleFormat
{
    PlainText,
    Wikitext,
    MediaWikiExport,
    Html,
}

/// <summary>
/// One line of an article in the plain rendering the parser reads (<c>= Title =</c>, <c>== Heading ==</c>,
/// <c>- item</c>, <c>| a | b |</c>, paragraphs), with the line of the file it was read from. Several lines may
/// come from one line of the file (an infobox written on one line), and a line of the file may give none (a comment).
/// </summary>
public sealed record ArticleLine(int Number, string Text);

/// <summary>
/// One article read from a file: <see cref="Name"/> identifies it (the file name, or "file › page" for a page of an
/// export), <see cref="SlugHint"/> is what its address is made from (the file name, or the page title).
/// </summary>
public sealed record ArticleSource(string Name, string SlugHint, ArticleFormat Format, IReadOnlyList<ArticleLine> Lines);
