using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BilateralRelations.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed partial class PrintTests(BrowserSite site)
{
    [GeneratedRegex(@"Page (\d+) of (\d+)")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    /// <summary>The page as the reader's printer gets it: A4, margins and margin boxes from print.css.</summary>
    private static Task<byte[]> PrintAsync(IPage page) => page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = false, PreferCSSPageSize = true });

    /// <summary>Each printed page's text, read back from the PDF (no external tool: PdfPig parses it in process).</summary>
    private static List<string> PageTexts(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
    }

    /// <summary>
    /// Words printed over each other: "page 1: 'Jan' over 'Jan'". A one-column multicol list broke across pages in
    /// Chromium with its first lines drawn on top of one another.
    /// </summary>
    private static List<string> OverlappingWords(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var found = new List<string>();
        foreach (var page in document.GetPages())
        {
            var words = page.GetWords().ToList();
            for (var i = 0; i < words.Count; i++)
            {
                for (var j = i + 1; j < words.Count; j++)
                {
                    var (a, b) = (words[i].BoundingBox, words[j].BoundingBox);
                    // Overlapping by more than a point each way: glyphs of one word may touch the next.
                    if (Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left) > 1 && Math.Min(a.Top, b.Top) - Math.Max(a.Bottom, b.Bottom) > 1)
                    {
                        found.Add($"page {page.Number}: '{words[i].Text}' over '{words[j].Text}'");
                    }
                }
            }
        }
        return found;
    }

    /// <summary>Text compared without its spacing: a PDF's words and the DOM's lines space differently.</summary>
    private static string Squeeze(string text) => Space().Replace(text, "");

    /// <summary>The pages that hold nothing but (part of) the footer and their page number.</summary>
    private static async Task<List<int>> FooterOnlyPagesAsync(IPage page, List<string> texts)
    {
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        // The site footer, or the credits a page prints at its own end instead.
        var footer = Squeeze(await page.EvaluateAsync<string>("() => [...document.querySelectorAll('footer')].filter(f => f.checkVisibility()).map(f => f.innerText).join(' ')"));
        Assert.Contains("CCBY-SA4.0", footer);
        // Back to no emulation: an emulated "screen" would also be what the next PDF is printed with.
        await page.EmulateMediaAsync(new() { Media = Media.Null });
        return texts.Select((text, i) => (Body: Squeeze(PageNumber().Replace(text, "")), Number: i + 1))
            .Where(p => p.Body.Length == 0 || footer.Contains(p.Body, StringComparison.Ordinal))
            .Select(p => p.Number).ToList();
    }

    [Fact]
    public async Task The_Hungary_summary_prints_on_one_or_two_numbered_A4_pages_without_navigation()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/countries/hungary");
        Assert.Equal(0, await page.Locator(".print-only:visible").CountAsync());
        var pdf = await PrintAsync(page);
        var texts = PageTexts(pdf);
        Assert.InRange(texts.Count, 1, 2);
        Assert.Empty(OverlappingWords(pdf));
        for (var i = 0; i < texts.Count; i++)
        {
            var number = PageNumber().Match(texts[i]);
            Assert.True(number.Success, $"page {i + 1} has no page number: {texts[i]}");
            Assert.Equal((i + 1, texts.Count), (int.Parse(number.Groups[1].Value), int.Parse(number.Groups[2].Value)));
        }
        var all = string.Join(" ", texts);
        Assert.Contains(Squeeze(site.BaseUrl + "/countries/hungary"), Squeeze(all));
        Assert.Contains("Direction not stated (9)", all);
        foreach (var screenOnly in new[] { "Import diagnostics", "JSON API", "Visits CSV", "Print this summary", "as a table" })
        {
            Assert.DoesNotContain(screenOnly, all);
        }
        Assert.Empty(await FooterOnlyPagesAsync(page, texts));

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator("nav.site-nav").IsVisibleAsync());
        Assert.False(await page.Locator("form.search").IsVisibleAsync());
        Assert.False(await page.Locator("button[data-print]").IsVisibleAsync());
        Assert.True(await page.Locator("footer.print-credits p.print-only").IsVisibleAsync());
        Assert.False(await page.Locator("footer.site-footer").IsVisibleAsync(), "the summary prints its credits itself");
        Assert.True(await page.Locator(".visit-chart svg.year-chart-svg").IsVisibleAsync(), "the chart prints");
        Assert.Contains("CC BY-SA 4.0", await page.Locator("footer.print-credits").InnerTextAsync());
        var colour = await page.Locator("body").EvaluateAsync<string>("el => getComputedStyle(el).color + '|' + getComputedStyle(el).backgroundColor");
        Assert.Equal("rgb(0, 0, 0)|rgb(255, 255, 255)", colour);
    }

    [Fact]
    public async Task The_footer_never_prints_alone_on_a_last_page_however_long_the_summary()
    {
        // Lengthen the summary a line at a time until it spills onto one more page: somewhere on the way its end
        // falls where the footer no longer fits below it, and the footer must take the last lines with it.
        var page = await site.NewPageAsync();
        await page.GotoAsync("/countries/hungary");
        var first = PageTexts(await PrintAsync(page)).Count;
        var pages = first;
        for (var added = 1; added <= 40 && pages == first; added++)
        {
            await page.EvaluateAsync("() => { const li = document.createElement('li'); li.textContent = 'An added line of the summary'; document.querySelector('#members-h').parentElement.querySelector('ul').append(li); }");
            var texts = PageTexts(await PrintAsync(page));
            pages = texts.Count;
            var alone = await FooterOnlyPagesAsync(page, texts);
            Assert.True(alone.Count == 0, $"with {added} lines added, page {string.Join(", ", alone)} of {texts.Count} holds only the footer: {texts[^1]}");
        }
        Assert.Equal(first + 1, pages);
    }

    [Fact]
    public async Task No_printed_country_summary_of_a_several_article_site_has_a_page_holding_only_the_footer()
    {
        using var several = new Pages.SeveralPartnersSite();
        var baseUrl = several.ServeOnLoopback();
        var page = await site.NewPageAsync();
        await page.GotoAsync(baseUrl + "/countries");
        var countries = await page.Locator("main table tbody a").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        Assert.True(countries.Length >= 6, $"only {countries.Length} countries");
        foreach (var country in countries)
        {
            await page.GotoAsync(country);
            var texts = PageTexts(await PrintAsync(page));
            Assert.True(texts.Count <= 3, $"{country} printed on {texts.Count} pages");
            var alone = await FooterOnlyPagesAsync(page, texts);
            Assert.True(alone.Count == 0, $"{country}: page {string.Join(", ", alone)} of {texts.Count} holds only the footer: {texts[^1]}");
            Assert.All(texts, t => Assert.Matches(PageNumber(), t));
        }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_summary_of_more_visits_than_two_pages_hold_prints_on_two_with_the_highest_levels_listed()
    {
        // Listed in full, 120 visits print on three pages.
        using var many = new Pages.AbridgedSummaryTests.ManyVisitsSite(120);
        var baseUrl = many.ServeOnLoopback();
        var page = await site.NewPageAsync();
        await page.GotoAsync(baseUrl + "/countries/hungary");
        var pdf = await PrintAsync(page);
        var texts = PageTexts(pdf);
        Assert.InRange(texts.Count, 1, 2);
        Assert.Empty(OverlappingWords(pdf));
        Assert.Empty(await FooterOnlyPagesAsync(page, texts));
        var all = Squeeze(string.Join(" ", texts));
        Assert.Contains(Squeeze("Listed below are 50 of the 120 visits"), all);
        Assert.Contains(Squeeze("Received by Hungary (24 of 48)"), all); // the president's 24 visits, no minister's
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Words_printed_over_each_other_are_found()
    {
        var page = await site.NewPageAsync();
        await page.SetContentAsync("<p style='position:absolute;top:10px'>10 Jan 1995</p><p style='position:absolute;top:13px'>Jan 1995</p><p style='position:absolute;top:60px'>alone</p>");
        var overlaps = OverlappingWords(await PrintAsync(page));
        Assert.Contains(overlaps, o => o.StartsWith("page 1: 'Jan' over", StringComparison.Ordinal) || o.EndsWith("over 'Jan'", StringComparison.Ordinal));
        Assert.DoesNotContain(overlaps, o => o.Contains("alone", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_print_button_opens_the_print_dialog()
    {
        var page = await site.NewPageAsync();
        await page.AddInitScriptAsync("window.print = () => { window.__printed = true; };");
        await page.GotoAsync("/countries/hungary");
        await page.ClickAsync("button[data-print]");
        Assert.True(await page.EvaluateAsync<bool>("window.__printed === true"));
    }

    [Fact]
    public async Task A_list_of_visits_starts_on_the_first_printed_page()
    {
        // Kept whole, the table was pushed to page 2 and left page 1 with only the heading and the filter chips.
        var page = await site.NewPageAsync();
        await page.GotoAsync("/visits?year=2013");
        var first = await page.Locator("table.visits tbody tr").First.Locator("td.date").InnerTextAsync();
        var texts = PageTexts(await PrintAsync(page));
        Assert.Contains(Squeeze(first), Squeeze(texts[0]));
        Assert.Empty(await FooterOnlyPagesAsync(page, texts));
    }

    [Fact]
    public async Task A_filtered_timeline_prints_exactly_what_the_filter_shows()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/timeline?kind=Agreement&kind=Embassy");
        var onScreen = await page.Locator(".timeline-item").CountAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var printed = await page.Locator(".timeline-item:visible").CountAsync();
        Assert.Equal(onScreen, printed);
        Assert.True(onScreen is > 0 and < 20);
        Assert.False(await page.Locator(".timeline-filters").IsVisibleAsync());
    }
}
