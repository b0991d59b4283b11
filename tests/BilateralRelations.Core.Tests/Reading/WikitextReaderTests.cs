using BilateralRelations.Core.Articles.Formats.Wikitext;
using BilateralRelations.Core.Facts;

namespace BilateralRelations.Core.Tests.Reading;

/// <summary>Wikitext as real articles write it, read into the plain rendering line by line.</summary>
public sealed class WikitextReaderTests
{
    private const string Lead = "'''Chile–Peru relations''' are good.\n";

    /// <summary>The lines read after the title, each as "number: text".</summary>
    private static List<string> Read(string wikitext, out List<Diagnostic> diagnostics, string file = "chile-peru-relations.wiki")
    {
        diagnostics = [];
        return new WikitextReader().Read(file, wikitext, diagnostics).Lines.Skip(1).Select(l => $"{l.Number}: {l.Text}").ToList();
    }

    private static List<string> Read(string wikitext) => Read(wikitext, out _);

    [Theory]
    [InlineData("[[Santiago]] and [[Lima, Peru|Lima]] met.", "Santiago and Lima met.")]
    [InlineData("The [[embassy]]s opened.", "The embassys opened.")]
    [InlineData("'''Bold''' and ''italic'' and '''''both'''''.", "Bold and italic and both.")]
    [InlineData("Peru's envoy.", "Peru's envoy.")]
    [InlineData("Signed.<ref name=\"a\">{{cite web|title=A|url=https://example.org}}</ref> Then<ref name=\"a\" /> more.", "Signed. Then more.")]
    [InlineData("A<!-- hidden -->B", "AB")]
    [InlineData("[[File:Flag.svg|thumb|A [[caption]]]]Text [[Category:Relations]][[de:Beziehungen]]", "Text")]
    [InlineData("See [https://example.org the site] and [https://example.org].", "See the site and .")]
    [InlineData("{{lang|es|Relaciones}} and {{nowrap|5 May}} and {{lang-es|Perú}}", "Relaciones and 5 May and Perú")]
    [InlineData("On {{start date|1992|11|27}}, {{dts|1993|1}} and {{dts|4 March 2008}}.", "On 27 November 1992, January 1993 and 4 March 2008.")]
    [InlineData("{{flag|Peru}} and {{flagcountry|CHL}} and {{flagicon|PER}}.", "Peru and Chile and PER.")]
    [InlineData("A border of {{convert|1700|km|mi}}.", "A border of 1700 km.")]
    [InlineData("Rome&nbsp;&amp; Lima&ndash;Cusco", "Rome & Lima–Cusco")]
    [InlineData("<small>Small</small> <span style=\"x\">span</span><br />next", "Small span next")]
    [InlineData("<nowiki>[[not a link]]</nowiki>", "[[not a link]]")]
    [InlineData("Text.{{citation needed|date=May 2015}}{{sfn|Smith|2001|p=4}}", "Text.")]
    public void A_paragraph_reads_as_the_words_it_shows(string wikitext, string expected) =>
        Assert.Equal([$"2: {expected}"], Read(Lead + wikitext).Skip(1));

    [Fact]
    public void Headings_lists_and_indents_read_as_the_plain_rendering()
    {
        var lines = Read(Lead + "==History==\n=== Visits ===\n* First\n** Nested\n# Numbered\n: Indented\n----\n;Term");
        Assert.Equal(["2: == History ==", "3: === Visits ===", "4: - First", "5: - Nested", "6: - Numbered", "7: Indented", "9: Term"], lines.Skip(1));
    }

    [Fact]
    public void A_flag_icon_opening_an_item_is_the_country_code_the_plain_rendering_writes()
    {
        Assert.Equal(["3: - HUN Gyöngyös, Hungary – AZE Shusha, Azerbaijan"],
            Read(Lead + "== Twin towns ==\n* {{flagicon|HUN}} [[Gyöngyös]], Hungary – {{flagicon|Azerbaijan}} [[Shusha]], Azerbaijan").Skip(2));
    }

    [Fact]
    public void The_infobox_reads_as_fields_each_on_the_line_of_its_value()
    {
        var lines = Read("{{Infobox bilateral relations|Chile–Peru|Chile|Peru\n| mission1 = [[Embassy of Chile, Lima]]\n| envoy1 = <!-- none yet -->\n| envoytitle2 = Ambassador\n| envoy2 = Juan Pérez<ref>x</ref>\n}}\nText.");
        Assert.Equal(["1: Infobox", "2: - Mission1: Embassy of Chile, Lima", "4: - Envoytitle2: Ambassador", "5: - Envoy2: Juan Pérez", "7: Text."], lines);
    }

    [Fact]
    public void Lines_after_a_reference_or_comment_spanning_lines_keep_their_numbers()
    {
        var lines = Read(Lead + "One.<ref>{{cite web\n|title=x\n}}</ref>\n<!-- a\nb -->\nTwo.");
        Assert.Equal(["2: One.", "7: Two."], lines.Skip(1));
    }

    [Fact]
    public void A_table_reads_as_its_caption_and_rows_with_a_spanning_cell_repeated_in_each_row()
    {
        var lines = Read(Lead + "== Visits ==\n{| class=\"wikitable\"\n|+ Visits\n! Year !! Visitor\n|-\n| rowspan=\"2\" | 2015 || [[Michelle Bachelet]]\n|-\n| style=\"x\" | Ollanta Humala\n|-\n| 2016\n| Pedro Pablo Kuczynski\n|}");
        Assert.Equal(["4: Visits", "5: | Year | Visitor |", "7: | 2015 | Michelle Bachelet |", "9: | 2015 | Ollanta Humala |", "11: | 2016 | Pedro Pablo Kuczynski |"], lines.Skip(2));
    }

    [Theory]
    [InlineData("'''Chile–Peru relations''' are good.", "chile-peru-relations.wiki", "Chile–Peru relations", 1)]
    [InlineData("{{Infobox bilateral relations|Chile–Peru|Chile|Peru}}\nThey are good.", "article.wiki", "Chile–Peru relations", 1)]
    [InlineData("{{Infobox bilateral relations\n|party1=Chile\n|party2=Peru}}\nThey are good.", "article.wiki", "Chile–Peru relations", 1)]
    [InlineData("They are good.", "chile-peru-relations.wiki", "Chile–Peru relations", 1)]
    [InlineData("They are '''good'''.", "Chile_and_Peru_relations.wiki", "Chile–Peru relations", 1)]
    public void The_title_comes_from_the_bold_lead_the_infobox_or_the_file_name(string wikitext, string file, string title, int line)
    {
        var source = new WikitextReader().Read(file, wikitext, []);
        Assert.Equal(new Core.Articles.ArticleLine(line, $"= {title} ="), source.Lines[0]);
    }

    [Fact]
    public void An_unknown_template_is_left_out_with_one_diagnostic_however_often_it_is_used()
    {
        var lines = Read(Lead + "A {{Frobnicate|x}} B {{frobnicate|y}} C", out var diagnostics);
        Assert.Equal("2: A B C", lines[1]);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((2, DiagnosticSeverity.Info), (diagnostic.Line, diagnostic.Severity));
        Assert.Contains("{{Frobnicate}}", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("2 times", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unbalanced_markup_is_reported_and_its_text_read()
    {
        var lines = Read(Lead + "B ]] and }} stray\nOpen {{nowrap|text\nA [[link\nC <ref>never closed\nD <!-- never closed", out var diagnostics);
        Assert.Equal(["2: B ]] and }} stray", "3: Open nowrap|text", "4: A link", "5: C never closed", "6: D never closed"], lines.Skip(1));
        Assert.Equal(6, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public void An_unclosed_table_is_read_to_the_end_with_a_diagnostic()
    {
        var lines = Read(Lead + "{|\n| a || b\n|-\n| c || d", out var diagnostics);
        Assert.Equal(["3: | a | b |", "5: | c | d |"], lines.Skip(1));
        Assert.Contains("never closed", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }
}
