using BilateralRelations.Core.Articles;
using static BilateralRelations.Core.Tests.Reading.FormatFixtures;

namespace BilateralRelations.Core.Tests.Reading;

/// <summary>
/// The seed as wikitext, as a page saved from the browser and as the first page of an export gives exactly the facts
/// of the plain-text seed (issue 12), fact by fact, and each fact's line points at the line of the file it came from.
/// </summary>
public sealed class FormatEquivalenceTests
{
    private static readonly List<string> s_plainFacts = FactSheet.Of(ExtractSingle(Seed));

    public static TheoryData<string> Renderings => [Wikitext, Html, Export];

    private static (ArticleSource Source, Facts.ExtractedRelation Facts) Rendering(string file)
    {
        var source = Read(file).Sources[0];
        return (source, FormatFixtures.Extract(source));
    }

    [Theory]
    [MemberData(nameof(Renderings))]
    public void Every_rendering_gives_the_facts_of_the_plain_seed(string file)
    {
        var facts = FactSheet.Of(Rendering(file).Facts);
        Assert.True(s_plainFacts.Count > 100, "the seed has more than a hundred facts to compare");
        Assert.Equal(s_plainFacts.Order(StringComparer.Ordinal), facts.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Renderings))]
    public void Every_rendering_is_read_as_its_format_with_the_title_the_seed_has(string file)
    {
        var (source, facts) = Rendering(file);
        Assert.Equal(ArticleReader.Detect(file, ReadText(file)), source.Format);
        Assert.NotEqual(ArticleFormat.PlainText, source.Format);
        Assert.Equal("Azerbaijan–Hungary relations", facts.Article.Title);
        Assert.Equal(["AZE", "HUN"], facts.Article.Countries.Select(c => c.Iso3));
    }

    [Theory]
    [MemberData(nameof(Renderings))]
    public void Every_visit_points_at_the_line_of_the_file_that_holds_it(string file)
    {
        var (_, facts) = Rendering(file);
        var lines = FileLines(file);
        Assert.All(facts.Visits, v =>
        {
            var surname = v.Delegation[0].Name.Split(' ', '.')[^1];
            Assert.Contains(surname, lines[v.Source.Line - 1], StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(Renderings))]
    public void Every_section_heading_points_at_its_line_of_the_file(string file)
    {
        var (_, facts) = Rendering(file);
        var lines = FileLines(file);
        Assert.All(facts.Article.Sections.Skip(1), s => Assert.Contains(s.Heading, System.Net.WebUtility.HtmlDecode(lines[s.Line - 1]), StringComparison.Ordinal));
    }

    [Fact]
    public void The_wikitext_reads_line_for_line_as_the_plain_seed()
    {
        // Headings aside ("===Projects===" and "=== Projects ===" are one heading), every line of the plain seed is a
        // line of the wikitext's rendering, in order; the rendering adds only the infobox and the empty References.
        static string Normal(string line) => line.StartsWith('=') ? line.Replace(" ", "", StringComparison.Ordinal) : line;
        var plain = FileLines(Seed).Where(l => l.Length > 0).Select(Normal).ToList();
        var rendered = Read(Wikitext).Sources[0].Lines.Select(l => Normal(l.Text)).ToList();
        var added = rendered.Except(plain).ToList();
        Assert.Equal(plain, rendered.Where(plain.Contains).ToList());
        Assert.All(added, line => Assert.True(line == "Infobox" || line.StartsWith("- ", StringComparison.Ordinal) || line == "==References==", line));
    }

    [Fact]
    public void The_wikitext_of_the_seed_reads_without_a_diagnostic_and_its_saved_page_with_only_the_script_reported()
    {
        var diagnostics = new List<Facts.Diagnostic>();
        new Core.Extraction.RelationExtractor().Extract(Wikitext, ReadText(Wikitext), diagnostics);
        Assert.Empty(diagnostics); // an empty References section (its citations are not text) is no note
        new Core.Extraction.RelationExtractor().Extract(Html, ReadText(Html), diagnostics);
        Assert.Contains("<script>", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }
}
