using BilateralRelations.Core.Articles;
using BilateralRelations.Core.Articles.Formats;
using BilateralRelations.Core.Articles.Formats.Wikitext;
using BilateralRelations.Core.Facts;

namespace BilateralRelations.Core.Tests.Reading;

/// <summary>Inputs a review of the readers found read wrongly, slowly or not at all; each now reads as a reader sees it.</summary>
public sealed class ReaderReviewTests
{
    private const string Lead = "'''Chile–Peru relations''' are good.\n";
    private const string Head = Lead + "== Visits ==\n";
    private static readonly TimeSpan s_hangGuard = TimeSpan.FromSeconds(60);

    private static List<string> Wiki(string wikitext, out List<Diagnostic> diagnostics)
    {
        diagnostics = [];
        return new WikitextReader().Read("chile-peru-relations.wiki", wikitext, diagnostics).Lines.Skip(1).Select(l => $"{l.Number}: {l.Text}").ToList();
    }

    private static List<string> Wiki(string wikitext) => Wiki(wikitext, out _);

    private static List<string> Html(string body)
    {
        var html = $"<!DOCTYPE html>\n<html><body>\n<h1 id=\"firstHeading\">Chile–Peru relations</h1>\n<div class=\"mw-parser-output\">\n{body}\n</div></body></html>";
        var source = new HtmlArticleReader(Countries.CountryCatalog.Default).Read("chile-peru-relations.html", html, [])!;
        return source.Lines.Skip(1).Select(l => $"{l.Number}: {l.Text}").ToList();
    }

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    [Fact]
    public void A_cell_spanning_rows_and_columns_fills_every_column_it_covers() =>
        Assert.Equal(["3: | A |  | B |", "5: | A |  | C |"], Wiki(Lead + "{|\n| rowspan=2 colspan=2 | A || B\n|-\n| C\n|}").Skip(1));

    [Fact]
    public void A_list_in_a_cell_reads_without_its_marks() =>
        Assert.Equal(["3: | 2015 | Visitors: Ilham Aliyev Elmar Mammadyarov |"], Wiki(Lead + "{|\n| 2015\n| Visitors:\n* Ilham Aliyev\n* Elmar Mammadyarov\n|}").Skip(1));

    [Fact]
    public void An_infobox_after_other_templates_or_a_comment_on_its_line_is_read_and_a_field_name_with_spaces_kept()
    {
        var lines = Wiki("{{Use dmy dates|date=May 2020}}<!-- x -->{{Infobox bilateral relations|Chile–Peru|Chile|Peru\n| map caption = Locations\n| mission1 = Embassy of Chile, Lima\n}}" + Lead);
        Assert.Equal(["1: Infobox", "2: - MapCaption: Locations", "3: - Mission1: Embassy of Chile, Lima", "4: Chile–Peru relations are good."], lines);
    }

    [Fact]
    public void A_link_never_spans_a_line_break_so_a_stray_bracket_joins_no_lines()
    {
        var lines = Wiki(Lead + "A [[broken link\n== Visits ==\n* 3 May 2015 – a visit\nB ]] end", out var diagnostics);
        Assert.Equal(["2: A broken link", "3: == Visits ==", "4: - 3 May 2015 – a visit", "5: B ]] end"], lines.Skip(1));
        Assert.Equal(2, diagnostics.Count);
    }

    [Theory]
    [InlineData("Text<ref name=\"a\">note</ref >.", "Text.")]
    [InlineData("<code>[[Baku]]</code> and <noinclude>shown</noinclude>", "Baku and shown")]
    public void Tags_read_as_a_reader_of_the_page_sees_them(string wikitext, string expected) =>
        Assert.Equal([$"2: {expected}"], Wiki(Lead + wikitext).Skip(1));

    [Fact]
    public void Text_between_blocks_of_a_saved_page_is_a_paragraph_of_its_own() =>
        Assert.Equal(["5: Loose text here", "6: Quoted words"], Html("<div class=\"center\">Loose <b>text</b> here</div>\n<blockquote>Quoted words</blockquote>"));

    [Fact]
    public void Paragraphs_and_list_items_left_open_are_siblings_not_nesting() =>
        Assert.Equal(6_000, Html(Repeat("<p>Paragraph ", 3_000) + "<ul>" + Repeat("<li>Item ", 3_000) + "</ul>").Count);

    [Fact]
    public void Stray_end_tags_do_not_hide_how_deep_a_page_nests()
    {
        var diagnostics = new List<Diagnostic>();
        Assert.Null(new HtmlArticleReader(Countries.CountryCatalog.Default).Read("stray.html", "<html><body>" + Repeat("<div></x>", 5_000) + "</body></html>", diagnostics));
        Assert.Contains("more than 2,000", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_page_of_an_export_with_the_same_title_is_skipped_with_a_diagnostic()
    {
        var diagnostics = new List<Diagnostic>();
        var xml = "<mediawiki><page><title>Chile–Peru relations</title><ns>0</ns><revision><text>First.</text></revision></page>"
            + "<page><title>Chile–Peru relations</title><ns>0</ns><revision><text>Second.</text></revision></page></mediawiki>";
        Assert.Equal("First.", Assert.Single(new ArticleReader().Read("export.xml", xml, diagnostics)).Lines[^1].Text);
        Assert.Contains("same title", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_lines_count_from_where_the_text_starts_even_when_its_tag_spans_lines()
    {
        var xml = "<mediawiki>\n<page>\n<title>Chile–Peru relations</title>\n<ns>0</ns>\n<revision>\n<text\n  xml:space=\"preserve\">" + Head
            + "* 3 May 2015 – President Michelle Bachelet visited Lima.</text>\n</revision>\n</page>\n</mediawiki>";
        var source = Assert.Single(new ArticleReader().Read("export.xml", xml, []));
        Assert.Equal([(3, "= Chile–Peru relations ="), (7, "Chile–Peru relations are good."), (8, "== Visits =="), (9, "- 3 May 2015 – President Michelle Bachelet visited Lima.")],
            source.Lines.Select(l => (l.Number, l.Text)));
    }

    [Fact]
    public async Task Cells_spanning_fifty_rows_and_columns_give_rows_of_at_most_a_hundred_cells()
    {
        var table = "{|\n|-\n" + Repeat("|rowspan=50 colspan=50|a\n", 2_000) + Repeat("|-\n|b\n", 49) + "|}\n";
        var source = await Task.Run(() => Assert.Single(new ArticleReader().Read("t.wiki", Head + table, []))).WaitAsync(s_hangGuard);
        Assert.All(source.Lines.Where(l => l.Text.StartsWith('|')), l => Assert.InRange(l.Text.Count(c => c == '|') - 1, 1, 100));
    }

    [Theory]
    [InlineData("a.html", "<html><body>{0}</body></html>", "<div></x>", 100_000)]
    [InlineData("a.html", "<html><body><ul><li><span class='flagicon'><img src='//x/{0}.svg'></span> x</li></ul></body></html>", "Flag_of_", 20_000)]
    [InlineData("a.html", "<html><body><div class='mw-parser-output'>{0}</div></body></html>", "<script>x</script>", 200_000)]
    [InlineData("a.txt", "x\n{0}", "[", 1_600_000)]
    public async Task Markup_that_once_took_the_square_of_its_length_reads_at_once(string file, string frame, string unit, int times)
    {
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, frame, Repeat(unit, times));
        var diagnostics = new List<Diagnostic>();
        await Task.Run(() => new ArticleReader().Read(file, text, diagnostics)).WaitAsync(s_hangGuard);
        Assert.All(diagnostics, d => Assert.NotEqual(0, d.Message.Length));
    }

    [Fact]
    public async Task Half_a_million_different_unknown_templates_give_a_bounded_list_of_diagnostics()
    {
        var text = Lead + string.Concat(Enumerable.Range(0, 500_000).Select(i => $"{{{{t{i}}}}}"));
        var diagnostics = new List<Diagnostic>();
        await Task.Run(() => new ArticleReader().Read("a.wiki", text, diagnostics)).WaitAsync(s_hangGuard);
        Assert.Equal(101, diagnostics.Count); // the 100 kept, and one counting the rest
        Assert.Equal("499,900 more diagnostics of other kinds were left out.", diagnostics[^1].Message);
    }
}
