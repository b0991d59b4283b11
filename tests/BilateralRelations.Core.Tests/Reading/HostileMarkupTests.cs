using BilateralRelations.Core.Articles;
using BilateralRelations.Core.Extraction;
using BilateralRelations.Core.Facts;
using CsCheck;

namespace BilateralRelations.Core.Tests.Reading;

/// <summary>
/// Broken and hostile markup gives diagnostics and the rest of the article, never an exception or a hang: every
/// reader is linear in its input (the bench measures the time; here a generous guard only catches a hang).
/// </summary>
public sealed class HostileMarkupTests
{
    private const string Head = "'''Azerbaijan–Hungary relations''' are good.\n== Visits ==\n";
    private const string Visit = "* 12 May 2015 - President Ilham Aliyev visited Budapest.";
    private static readonly TimeSpan s_hangGuard = TimeSpan.FromSeconds(60);

    private static async Task<(ExtractedRelation? Facts, List<Diagnostic> Diagnostics)> ExtractAsync(string file, string text)
    {
        var diagnostics = new List<Diagnostic>();
        var facts = await Task.Run(() => new RelationExtractor().Extract(file, text, diagnostics)).WaitAsync(s_hangGuard);
        return (facts, diagnostics);
    }

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    [Fact]
    public async Task Two_hundred_thousand_unclosed_templates_give_one_diagnostic_and_the_visit_after_them()
    {
        var (facts, diagnostics) = await ExtractAsync("a.wiki", Head + "{{Infobox bilateral relations|x\n" + Repeat("{{cite web|", 200_000) + "\n" + Visit);
        Assert.Contains(facts!.Visits, v => v.Delegation[0].Name == "Ilham Aliyev");
        var unclosed = Assert.Single(diagnostics, d => d.Message.StartsWith("A template '{{' is never closed", StringComparison.Ordinal));
        Assert.Contains("200,001 times", unclosed.Message, StringComparison.Ordinal);
        Assert.Equal(3, unclosed.Line);
    }

    [Fact]
    public async Task Braces_nested_three_hundred_thousand_deep_are_left_out_and_the_visit_after_them_read()
    {
        var (facts, diagnostics) = await ExtractAsync("a.wiki", Head + "Text " + Repeat("{{nowrap|", 300_000) + "x" + Repeat("}}", 300_000) + " more.\n" + Visit);
        Assert.Contains(facts!.Visits, v => v.Delegation[0].Name == "Ilham Aliyev");
        Assert.Contains(diagnostics, d => d.Line == 3 && d.Message.Contains("nested more than 20 deep", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("a.wiki", "* ", "word [[link|text]] '''b''' {{lang|hu|szó}} <ref>r</ref> [http://x y] ")]
    [InlineData("a.html", "<ul><li>", "word <a href='x'>text</a> <b>b</b> <sup class='reference'>[1]</sup> ")]
    [InlineData("a.txt", "- ", "word [[link|text]] <b>b</b> ")]
    public async Task A_line_of_a_megabyte_is_read_in_part_with_a_diagnostic(string file, string opening, string unit)
    {
        var line = opening + Repeat(unit, 1_000_000 / unit.Length);
        var text = file.EndsWith(".html", StringComparison.Ordinal)
            ? $"<html><head><title>Azerbaijan–Hungary relations</title></head><body><h1>Azerbaijan–Hungary relations</h1>\n<h2>Visits</h2>\n{line}</li></ul>\n</body></html>"
            : file.EndsWith(".txt", StringComparison.Ordinal) ? "= Azerbaijan–Hungary relations =\n== Visits ==\n" + line : Head + line;
        var (facts, diagnostics) = await ExtractAsync(file, text);
        Assert.NotNull(facts);
        Assert.Contains(diagnostics, d => d.Line == 3 && d.Message.Contains("only the first 2,000 were read", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unclosed_tags_comments_and_links_by_the_hundred_thousand_give_a_diagnostic_each_kind()
    {
        var (facts, diagnostics) = await ExtractAsync("a.wiki", Head + Repeat("[[a|", 100_000) + Repeat("[http://x ", 100_000) + Repeat("<ref>", 100_000) + Repeat("<!--", 100_000) + "\n" + Visit);
        Assert.Contains(facts!.Visits, v => v.Delegation[0].Name == "Ilham Aliyev");
        Assert.Equal(3, diagnostics.Count(d => d.Message.Contains("100,000 times", StringComparison.Ordinal)));
    }

    /// <summary>Fragments of markup, well-formed and not, in any order: whatever they make, reading never throws.</summary>
    private static readonly Gen<string> s_markup = Gen.OneOf(
        Gen.Const("{{"), Gen.Const("}}"), Gen.Const("[["), Gen.Const("]]"), Gen.Const("|"), Gen.Const("="), Gen.Const("\n"), Gen.Const("\n* "),
        Gen.Const("\n{|"), Gen.Const("\n|-"), Gen.Const("\n|}"), Gen.Const("||"), Gen.Const("!!"), Gen.Const("'''"), Gen.Const("<ref>"), Gen.Const("</ref>"),
        Gen.Const("<!--"), Gen.Const("-->"), Gen.Const("<ref name=x/>"), Gen.Const("{{Infobox bilateral relations"), Gen.Const("{{flagicon|HUN}}"),
        Gen.Const("{{start date|1992|13|40}}"), Gen.Const("rowspan=99999"), Gen.Const("[http://x"), Gen.Const("<nowiki>"), Gen.Const("&#0;"),
        Gen.Const("\n== H =="), Gen.Const("12 May 2015 President Ilham Aliyev visited Budapest. "),
        Gen.Char["abc {}[]|=<>!'*#:;-\n"].Array[0, 20].Select(c => new string(c))).Array[0, 60].Select(string.Concat);

    [Fact]
    public void Any_jumble_of_wikitext_markup_reads_without_throwing_and_with_lines_of_the_file()
    {
        s_markup.Sample(text =>
        {
            var diagnostics = new List<Diagnostic>();
            var source = Assert.Single(new ArticleReader().Read("jumble.wiki", text, diagnostics));
            var lineCount = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r').Length;
            Assert.All(source.Lines, l => Assert.InRange(l.Number, 1, lineCount));
            Assert.All(diagnostics, d => Assert.InRange(d.Line, 0, lineCount));
            new RelationExtractor().Extract(source, diagnostics);
        }, iter: 2000, seed: "0000000000000");
    }

    [Fact]
    public void Any_jumble_of_html_reads_without_throwing()
    {
        var html = Gen.OneOf(Gen.Const("<p>"), Gen.Const("</p>"), Gen.Const("<ul><li>"), Gen.Const("</li></ul>"), Gen.Const("<table class=infobox><tr><th>Envoy"),
            Gen.Const("<td rowspan=9999>"), Gen.Const("</table>"), Gen.Const("<h2>"), Gen.Const("<script>"), Gen.Const("<span class=flagicon><img src=Flag_of_.svg>"),
            Gen.Const("<div class=mw-parser-output>"), Gen.Const("<h1 id=firstHeading>Azerbaijan–Hungary relations</h1>"), Gen.Const("\n"), Gen.Const("text "))
            .Array[0, 60].Select(parts => "<!DOCTYPE html>" + string.Concat(parts));
        html.Sample(text =>
        {
            var diagnostics = new List<Diagnostic>();
            foreach (var source in new ArticleReader().Read("jumble.html", text, diagnostics))
            {
                new RelationExtractor().Extract(source, diagnostics);
            }
        }, iter: 500, seed: "0000000000000");
    }
}
