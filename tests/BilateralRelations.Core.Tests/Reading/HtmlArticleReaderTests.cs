using BilateralRelations.Core.Articles.Formats;
using BilateralRelations.Core.Facts;

namespace BilateralRelations.Core.Tests.Reading;

/// <summary>Pages saved from the browser: the article body read, the page around it left alone.</summary>
public sealed class HtmlArticleReaderTests
{
    private static List<string> Read(string body, out List<Diagnostic> diagnostics, string title = "Chile–Peru relations")
    {
        diagnostics = [];
        var html = $"<!DOCTYPE html>\n<html><head><title>{title} - Wikipedia</title></head>\n<body>\n<nav><ul><li>Main page</li></ul></nav>\n"
            + $"<h1 id=\"firstHeading\">{title}</h1>\n<div id=\"mw-content-text\"><div class=\"mw-parser-output\">\n{body}\n</div></div>\n<footer>Last edited</footer></body></html>";
        var source = new HtmlArticleReader(Countries.CountryCatalog.Default).Read("chile-peru-relations.html", html, diagnostics)
            ?? throw new InvalidOperationException(string.Join('\n', diagnostics));
        return source.Lines.Select(l => $"{l.Number}: {l.Text}").ToList();
    }

    private static List<string> Read(string body) => Read(body, out _);

    [Fact]
    public void The_title_and_the_article_body_are_read_not_the_page_around_them()
    {
        var lines = Read("<p>They are <b>good</b>.<sup class=\"reference\"><a>[1]</a></sup></p>");
        Assert.Equal(["5: = Chile–Peru relations =", "7: They are good."], lines);
    }

    [Fact]
    public void Headings_lists_and_nested_lists_read_as_the_plain_rendering()
    {
        var lines = Read("<div class=\"mw-heading mw-heading2\"><h2 id=\"Visits\">Visits</h2><span class=\"mw-editsection\">[edit]</span></div>\n"
            + "<ul><li>First\n<ul><li>Nested</li></ul></li>\n<li>Second</li></ul>");
        Assert.Equal(["7: == Visits ==", "8: - First", "9: - Nested", "10: - Second"], lines.Skip(1));
    }

    [Fact]
    public void Notes_references_and_hidden_parts_are_not_article_text()
    {
        var lines = Read("<div class=\"hatnote\">Main article: X</div>\n<div class=\"shortdescription\" style=\"display:none\">Bilateral relations</div>\n"
            + "<p>Kept.<sup class=\"noprint Inline-Template\">[citation needed]</sup></p>\n<div class=\"reflist\"><ol class=\"references\"><li>Retrieved 2015</li></ol></div>\n"
            + "<div class=\"navbox\">Foreign relations</div>\n<style>.x{}</style>");
        Assert.Equal(["9: Kept."], lines.Skip(1));
    }

    [Fact]
    public void A_flag_icon_reads_as_its_country_code()
    {
        var lines = Read("<ul><li><span class=\"flagicon\"><img alt=\"\" src=\"//upload.wikimedia.org/x/Flag_of_Peru.svg/23px-Flag_of_Peru.svg.png\"></span>&nbsp;<a>Cusco</a>, Peru</li></ul>");
        Assert.Equal("7: - PER Cusco, Peru", lines[1]);
    }

    [Fact]
    public void The_infobox_rows_read_as_the_fields_the_wikitext_names()
    {
        var lines = Read("<table class=\"infobox\"><tbody>\n<tr><th colspan=\"2\" class=\"infobox-above\">Chile–Peru relations</th></tr>\n"
            + "<tr><td class=\"infobox-data\">Chile</td><td class=\"infobox-data\">Peru</td></tr>\n<tr><th colspan=\"2\" class=\"infobox-header\">Diplomatic mission</th></tr>\n"
            + "<tr><td>Embassy of Chile, Lima</td><td>Embassy of Peru, Santiago</td></tr>\n<tr><th colspan=\"2\" class=\"infobox-header\">Envoy</th></tr>\n"
            + "<tr><td>Ambassador A. Uno</td><td>Ambassador B. Dos</td></tr>\n<tr><th>Established</th><td>1826</td></tr>\n</tbody></table>");
        Assert.Equal(["7: Infobox", "9: - Party1: Chile", "9: - Party2: Peru", "11: - Mission1: Embassy of Chile, Lima", "11: - Mission2: Embassy of Peru, Santiago",
            "13: - Envoy1: Ambassador A. Uno", "13: - Envoy2: Ambassador B. Dos", "14: - Established: 1826"], lines.Skip(1));
    }

    [Fact]
    public void A_table_reads_as_rows_with_a_spanning_cell_repeated()
    {
        var lines = Read("<table class=\"wikitable\">\n<tr><th>Year</th><th>Visitor</th></tr>\n<tr><td rowspan=\"2\">2015</td><td>A</td></tr>\n<tr><td>B</td></tr>\n</table>");
        Assert.Equal(["8: | Year | Visitor |", "9: | 2015 | A |", "10: | 2015 | B |"], lines.Skip(1));
    }

    [Fact]
    public void A_script_in_the_article_is_reported_and_never_read()
    {
        var lines = Read("<p>Before.</p>\n<script>document.write('<p>injected</p>')</script>\n<p>After.</p>", out var diagnostics);
        Assert.Equal(["7: Before.", "9: After."], lines.Skip(1));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((8, DiagnosticSeverity.Warning), (diagnostic.Line, diagnostic.Severity));
    }

    [Fact]
    public void A_page_nested_deeper_than_any_article_is_refused_with_a_diagnostic()
    {
        var diagnostics = new List<Diagnostic>();
        var deep = string.Concat(Enumerable.Repeat("<div>", 50_000)) + "x" + string.Concat(Enumerable.Repeat("</div>", 50_000));
        Assert.Null(new HtmlArticleReader(Countries.CountryCatalog.Default).Read("deep.html", $"<html><body>{deep}</body></html>", diagnostics));
        Assert.Contains("more than 2,000", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }
}
