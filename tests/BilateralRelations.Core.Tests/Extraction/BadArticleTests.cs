using BilateralRelations.Core.Extraction;
using BilateralRelations.Core.Facts;

namespace BilateralRelations.Core.Tests.Extraction;

/// <summary>Bad input becomes a diagnostic naming file and line; the rest of the article still imports.</summary>
public sealed class BadArticleTests
{
    private const string Good = "- 4–5 December 1994 - President of Azerbaijan Heydar Aliyev's working visit";

    private static (ExtractedRelation? Relation, List<Diagnostic> Diagnostics) Extract(string text)
    {
        var diagnostics = new List<Diagnostic>();
        return (new RelationExtractor().Extract("bad.txt", text, diagnostics), diagnostics);
    }

    [Theory]
    [InlineData("- 31 February 2010 - President of Hungary Pál Schmitt's visit", "not a date on the calendar")]
    [InlineData("- 32–33 May 2011 - President of Hungary Pál Schmitt's visit", "not a date on the calendar")]
    [InlineData("- Smarch 2012 - President of Hungary Pál Schmitt's visit", "Cannot read the date 'Smarch 2012'")]
    [InlineData("- President of Hungary Pál Schmitt's visit", "without a date")]
    [InlineData("- 3 May 2012 - an unnamed delegation", "names no person")]
    public void A_bad_visit_line_is_a_diagnostic_and_the_good_line_still_imports(string bad, string reason)
    {
        var (relation, diagnostics) = Extract($"= Azerbaijan–Hungary relations =\n== Visits ==\n{Good}\n{bad}\n");
        Assert.Single(relation!.Visits);
        var d = Assert.Single(diagnostics, d => d.Line == 4);
        Assert.Equal("bad.txt", d.FileName);
        Assert.Contains(reason, d.Message);
        Assert.Equal(bad, d.LineText);
    }

    [Fact]
    public void An_impossible_date_in_prose_is_reported_and_not_imported()
    {
        var (relation, diagnostics) = Extract("= Azerbaijan–Hungary relations =\nThe forum was held on 31 February 2010.\n");
        Assert.Empty(relation!.Events);
        Assert.Contains(diagnostics, d => d.Line == 2 && d.Severity == DiagnosticSeverity.Error);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("\n\n  \n", "empty")]
    [InlineData("Azerbaijan and Hungary are friends.\n", "not a title")]
    [InlineData("== Azerbaijan–Hungary relations ==\n", "not a title")]
    [InlineData("= Just a heading =\n", "does not name two countries")]
    public void A_file_that_is_not_an_article_is_skipped_with_a_diagnostic(string text, string reason)
    {
        var (relation, diagnostics) = Extract(text);
        Assert.Null(relation);
        Assert.Contains(reason, Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void Line_endings_tabs_and_invisible_characters_do_not_change_the_facts()
    {
        var text = "= Azerbaijan–Hungary relations =\r\n== Visits ==\r\n-\t4–5 December 1994 - President of Azerbaijan Heydar\u200D Ali\u200Fyev's working visit\r- 18–19 February 2008 - President of Azerbaijan Ilham\u00A0Aliyev's official visit\n";
        var (relation, _) = Extract(text);
        Assert.Equal(["Heydar Aliyev", "Ilham Aliyev"], relation!.Visits.Select(v => v.Delegation[0].Name));
        Assert.Equal([3, 4], relation.Visits.Select(v => v.Source.Line));
        Assert.Contains("\u200D", relation.Visits[0].Source.Text);
    }

    [Fact]
    public void A_very_long_line_is_cut_and_reported()
    {
        var (relation, diagnostics) = Extract($"= Azerbaijan–Hungary relations =\n{new string('x', 5000)}\n== Visits ==\n{Good}\n");
        Assert.Single(relation!.Visits);
        Assert.Contains(diagnostics, d => d.Line == 2 && d.Message.Contains("5,000 characters"));
    }

    [Fact]
    public void Empty_sections_unbalanced_headings_and_duplicated_lines_are_reported()
    {
        var (relation, diagnostics) = Extract($"= Azerbaijan–Hungary relations =\n== Nothing here ==\n== Visits =\n{Good}\n{Good}\n");
        Assert.Single(relation!.Visits);
        Assert.Contains(diagnostics, d => d.Line == 2 && d.Message.Contains("empty"));
        Assert.Contains(diagnostics, d => d.Line == 3 && d.Message.Contains("closes with 1"));
        Assert.Contains(diagnostics, d => d.Line == 5 && d.Message.Contains("repeats line 4"));
    }

    [Fact]
    public void A_section_of_dated_items_under_an_unknown_heading_is_reported()
    {
        var (relation, diagnostics) = Extract("= Azerbaijan–Hungary relations =\n== Chronology ==\n- 3 May 2012 - something happened\n");
        Assert.Single(relation!.Events);
        Assert.Contains(diagnostics, d => d.Line == 2 && d.Message.Contains("Chronology"));
    }

    [Fact]
    public void A_country_the_catalogue_does_not_know_is_kept_by_name()
    {
        var (relation, diagnostics) = Extract("= Azerbaijan–Atlantis relations =\nText.\n");
        Assert.Equal("Atlantis", relation!.Article.CountryB.Name);
        Assert.Null(relation.Article.CountryB.Iso3);
        Assert.Contains(diagnostics, d => d.Line == 1 && d.Message.Contains("Atlantis"));
    }
}
