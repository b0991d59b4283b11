using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BilateralRelations.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed partial class PrintTests(BrowserSite site)
{
    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PdfPage();

    [Fact]
    public async Task The_Hungary_summary_prints_on_one_or_two_A4_pages_without_navigation()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/countries/hungary");
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = false });
        var pages = PdfPage().Matches(System.Text.Encoding.Latin1.GetString(pdf)).Count;
        Assert.InRange(pages, 1, 2);

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator("nav.site-nav").IsVisibleAsync());
        Assert.False(await page.Locator("form.search").IsVisibleAsync());
        Assert.False(await page.Locator("button[data-print]").IsVisibleAsync());
        Assert.True(await page.Locator(".print-meta").IsVisibleAsync());
        Assert.Contains("CC BY-SA 4.0", await page.Locator(".print-meta").InnerTextAsync());
        Assert.True(await page.Locator("footer .print-only").IsVisibleAsync());
        var colour = await page.Locator("body").EvaluateAsync<string>("el => getComputedStyle(el).color + '|' + getComputedStyle(el).backgroundColor");
        Assert.Equal("rgb(0, 0, 0)|rgb(255, 255, 255)", colour);
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
