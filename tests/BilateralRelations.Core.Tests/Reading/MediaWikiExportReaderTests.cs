using BilateralRelations.Core.Articles;
using BilateralRelations.Core.Articles.Formats;
using BilateralRelations.Core.Facts;
using static BilateralRelations.Core.Tests.Reading.FormatFixtures;

namespace BilateralRelations.Core.Tests.Reading;

public sealed class MediaWikiExportReaderTests
{
    private static IReadOnlyList<ArticleSource> ReadExport(string xml, out List<Diagnostic> diagnostics)
    {
        diagnostics = [];
        return new ArticleReader().Read("export.xml", xml, diagnostics);
    }

    private static string Page(string title, string text, string ns = "0", string extra = "") =>
        $"<page><title>{title}</title><ns>{ns}</ns><id>1</id>{extra}<revision><id>2</id><text xml:space=\"preserve\">{text}</text></revision></page>";

    private static string Export(params string[] pages) =>
        $"<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\" version=\"0.11\">\n{string.Join('\n', pages)}\n</mediawiki>";

    [Fact]
    public void The_export_gives_three_relations_and_one_diagnostic_for_the_page_that_is_not_one()
    {
        var (sources, diagnostics) = Read(FormatFixtures.Export);
        Assert.Equal(["relations-export.xml › Azerbaijan–Hungary relations", "relations-export.xml › Georgia–Hungary relations", "relations-export.xml › Azerbaijan–Estonia relations"],
            sources.Select(s => s.Name));
        Assert.All(sources, s => Assert.Equal(ArticleFormat.MediaWikiExport, s.Format));
        var skipped = Assert.Single(diagnostics, d => d.FileName == "relations-export.xml");
        Assert.Contains("List of diplomatic missions of Hungary", skipped.Message, StringComparison.Ordinal);
        Assert.Contains("<title>List of diplomatic missions of Hungary</title>", FileLines(FormatFixtures.Export)[skipped.Line - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Each_page_is_a_relation_of_its_own_with_its_own_facts()
    {
        var (sources, _) = Read(FormatFixtures.Export);
        var georgia = FormatFixtures.Extract(sources[1]);
        var estonia = FormatFixtures.Extract(sources[2]);
        Assert.Equal(("Georgia–Hungary relations", "georgia-hungary-relations"), (georgia.Article.Title, Text.Slug.From(sources[1].SlugHint)));
        Assert.Contains(georgia.Visits, v => v.Date.Start == new DateOnly(1998, 6, 17) && v.Delegation[0].Name == "Eduard Shevardnadze" && v.VisitingCountry?.Iso3 == "GEO");
        Assert.Contains(georgia.Missions, m => m.SendingCountry.Iso3 == "GEO" && m.City == "Budapest" && m.Ambassadors.Any(a => a.Name == "Nino Tsereteli"));
        Assert.Contains(estonia.Visits, v => v.Date.Start == new DateOnly(2008, 4, 16) && v.Delegation[0].Name == "Toomas Hendrik Ilves" && v.HostCountry?.Iso3 == "AZE");
        Assert.Contains(estonia.Events, e => e.Kind == EventKind.Recognition && e.Date.Start == new DateOnly(1991, 12, 31));
    }

    [Fact]
    public void Line_numbers_point_into_the_xml_file()
    {
        var (sources, _) = Read(FormatFixtures.Export);
        var lines = FileLines(FormatFixtures.Export);
        var title = sources[1].Lines[0];
        Assert.Contains("<title>Georgia–Hungary relations</title>", lines[title.Number - 1], StringComparison.Ordinal);
        Assert.All(FormatFixtures.Extract(sources[2]).Visits, v => Assert.Contains(v.Delegation[0].Name.Split(' ')[^1], lines[v.Source.Line - 1], StringComparison.Ordinal));
    }

    [Fact]
    public void Other_namespaces_redirects_and_other_subjects_are_skipped_with_their_reason()
    {
        var sources = ReadExport(Export(
            Page("Category:Bilateral relations of Hungary", "Pages", ns: "14"),
            Page("Hungary–Azerbaijan relations", "#REDIRECT [[Azerbaijan–Hungary relations]]", extra: "<redirect title=\"Azerbaijan–Hungary relations\" />"),
            Page("Foreign relations of Hungary", "'''Hungary''' has relations."),
            Page("Chile–Peru relations", "'''Chile–Peru relations''' are good.")), out var diagnostics);
        Assert.Equal(["export.xml › Chile–Peru relations"], sources.Select(s => s.Name));
        Assert.Equal(["namespace 14", "redirect", "does not name a relation"],
            diagnostics.Select(d => new[] { "namespace 14", "redirect", "does not name a relation" }.Single(r => d.Message.Contains(r, StringComparison.Ordinal))));
        Assert.Equal([2, 3, 4], diagnostics.Select(d => d.Line));
    }

    [Fact]
    public void The_last_revision_of_a_page_is_read()
    {
        var page = "<page><title>Chile–Peru relations</title><ns>0</ns><revision><text>Old text.</text></revision><revision><text>New text.</text></revision></page>";
        var source = Assert.Single(ReadExport(Export(page), out _));
        Assert.Equal("New text.", source.Lines[^1].Text);
    }

    [Fact]
    public void Broken_xml_keeps_the_whole_pages_before_the_break_and_says_where_it_is()
    {
        var sources = ReadExport(Export(Page("Chile–Peru relations", "Good."), Page("Chile–Bolivia relations", "Good.")).Replace("</mediawiki>", "<page><title>Cut"), out var diagnostics);
        Assert.Equal(["export.xml › Chile–Peru relations", "export.xml › Chile–Bolivia relations"], sources.Select(s => s.Name));
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains("not well-formed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_type_declaration_is_refused_so_no_entity_is_ever_expanded()
    {
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE mediawiki [<!ENTITY x \"boom\">]>" + Export(Page("Chile–Peru relations", "&x;"));
        Assert.Empty(ReadExport(xml, out var diagnostics));
        Assert.Contains(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }
}
