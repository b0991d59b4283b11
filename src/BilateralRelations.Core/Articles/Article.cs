using BilateralRelations.Core.Countries;
using BilateralRelations.Core.Facts;

namespace BilateralRelations.Core.Articles;

/// <summary>A paragraph line, a list item or a table row: the unit every fact points back to.</summary>
public enum BlockKind
{
    Paragraph,
    ListItem,
    TableRow,
}

/// <summary>
/// One line of content. <see cref="Text"/> is cleaned for reading (list marker and country code removed; a table
/// row's cells joined by " | "); <see cref="Source"/> is the line as the file has it; <see cref="Cells"/> holds a
/// table row's cells and is empty otherwise.
/// </summary>
public sealed record Block(BlockKind Kind, int Line, string Text, string Source, Country? CodeCountry, Section Section)
{
    public IReadOnlyList<string> Cells { get; init; } = [];

    public SourceRef SourceRef => new(Line, Source);
}

/// <summary>One field of the article's infobox ("Mission1: Embassy of Poland, Baku"), with its line.</summary>
public sealed record InfoboxField(string Name, string Value, int Line, string Source)
{
    public SourceRef SourceRef => new(Line, Source);
}

/// <summary>A heading and what follows it up to the next heading.</summary>
public sealed class Section
{
    public required int Level { get; init; }
    public required string Heading { get; init; }
    public required int Line { get; init; }
    public Section? Parent { get; init; }
    public List<Block> Blocks { get; } = [];

    /// <summary>This heading and those above it, nearest first.</summary>
    public IEnumerable<Section> SelfAndAncestors()
    {
        for (var s = this; s is not null; s = s.Parent)
        {
            yield return s;
        }
    }
}

/// <summary>A parsed article: title, the two countries it names, sections and blocks, each with its line.</summary>
public sealed class Article
{
    public required string FileName { get; init; }
    public required string Title { get; init; }
    public required Country CountryA { get; init; }
    public required Country CountryB { get; init; }
    public required IReadOnlyList<Section> Sections { get; init; }
    /// <summary>The lines read, as the plain rendering, each with its line of the file.</summary>
    public required IReadOnlyList<ArticleLine> Lines { get; init; }

    public ArticleFormat Format { get; init; }

    /// <summary>The infobox fields, in the order written; empty when the article has none.</summary>
    public IReadOnlyList<InfoboxField> Infobox { get; init; } = [];

    public IEnumerable<Block> Blocks => Sections.SelectMany(s => s.Blocks);

    public IReadOnlyList<Country> Countries => [CountryA, CountryB];

    /// <summary>The other country of the pair, or null when <paramref name="country"/> is neither.</summary>
    public Country? Other(Country? country) =>
        CountryA.Is(country) ? CountryB : CountryB.Is(country) ? CountryA : null;
}
