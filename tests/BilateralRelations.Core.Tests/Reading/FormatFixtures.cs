using BilateralRelations.Core.Articles;
using BilateralRelations.Core.Extraction;
using BilateralRelations.Core.Facts;

namespace BilateralRelations.Core.Tests.Reading;

/// <summary>The seed in its other forms (tests/…/Formats, see its README) and helpers to read them.</summary>
internal static class FormatFixtures
{
    public const string Seed = "azerbaijan-hungary-relations.txt";
    public const string Wikitext = "azerbaijan-hungary-relations.wiki";
    public const string Html = "azerbaijan-hungary-relations.html";
    public const string Export = "relations-export.xml";

    public static string PathOf(string file) =>
        Path.Combine(AppContext.BaseDirectory, file == Seed ? "Seeds" : "Formats", file);

    public static string ReadText(string file) => File.ReadAllText(PathOf(file));

    public static string[] FileLines(string file) => File.ReadAllLines(PathOf(file));

    public static (IReadOnlyList<ArticleSource> Sources, List<Diagnostic> Diagnostics) Read(string file)
    {
        var diagnostics = new List<Diagnostic>();
        return (new ArticleReader().Read(file, ReadText(file), diagnostics), diagnostics);
    }

    public static ExtractedRelation Extract(ArticleSource source)
    {
        var diagnostics = new List<Diagnostic>();
        return new RelationExtractor().Extract(source, diagnostics) ?? throw new InvalidOperationException(string.Join('\n', diagnostics));
    }

    public static ExtractedRelation ExtractSingle(string file) => Extract(Assert.Single(Read(file).Sources));
}
