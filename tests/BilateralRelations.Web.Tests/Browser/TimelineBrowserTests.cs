using Microsoft.Playwright;

namespace BilateralRelations.Web.Tests.Browser;

/// <summary>The timeline's axis as a reader sees it in Chromium: gaps to scale, zoom by address, no sideways page scroll, printed.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TimelineBrowserTests(BrowserSite site)
{
    private static async Task<double> TickX(IPage page, int year) =>
        (await page.Locator($"svg.tl-axis line.tl-tick[data-year='{year}']").BoundingBoxAsync())!.X;

    private static Task<bool> FitsTheWidth(IPage page) =>
        page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth");

    [Theory]
    [InlineData(1366, 900)]
    [InlineData(390, 844)]
    public async Task The_axis_shows_gaps_to_scale_and_zooms_by_address(int width, int height)
    {
        var page = await site.NewPageAsync(width, height);
        await page.GotoAsync("/timeline");

        // On screen, as drawn: 1998 to 2004 is six times one year.
        var year = await TickX(page, 1999) - await TickX(page, 1998);
        Assert.True(year >= 20, $"a year is {year}px wide at {width}px");
        Assert.InRange(await TickX(page, 2004) - await TickX(page, 1998), 6 * year - 1.5, 6 * year + 1.5);
        Assert.True(await FitsTheWidth(page), $"/timeline scrolls sideways at {width}px");
        var frame = page.Locator(".tl-scroll");
        var scrolls = await frame.EvaluateAsync<bool>("el => el.scrollWidth > el.clientWidth");
        // Where the axis is wider than the screen it scrolls in its own frame, and says so.
        Assert.Equal(scrolls, await page.Locator(".tl-scroll-hint").IsVisibleAsync());
        Assert.Equal(width < 700, scrolls);

        // The 2000s link zooms: the window is the decade, and a year is wider.
        var navigated = page.WaitForURLAsync("**/timeline?from=2000&to=2009", new() { WaitUntil = WaitUntilState.Commit });
        await page.Locator("nav.tl-zoom").GetByRole(AriaRole.Link, new() { Name = "2000s", Exact = true }).ClickAsync();
        await navigated;
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Timeline 2000–2009");
        Assert.Equal("2000", await page.Locator("svg.tl-axis").GetAttributeAsync("data-from"));
        Assert.InRange(await TickX(page, 2001) - await TickX(page, 2000), 2 * year, 4 * year);
        var dates = await page.Locator("svg.tl-axis a.tl-mark").EvaluateAllAsync<string[]>("marks => marks.map(m => m.getAttribute('data-date'))");
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.InRange(int.Parse(d[..4], System.Globalization.CultureInfo.InvariantCulture), 2000, 2009));

        // And by typing the address: three years.
        await page.GotoAsync("/timeline?from=2007&to=2009");
        await Assertions.Expect(page.Locator("svg.tl-axis text.tl-tick-label").First).ToHaveTextAsync("2007");
        Assert.InRange(await TickX(page, 2008) - await TickX(page, 2007), 6 * year, 12 * year);
        Assert.Equal(14, await page.Locator("svg.tl-axis a.tl-mark").CountAsync());
        Assert.True(await FitsTheWidth(page), $"/timeline?from=2007&to=2009 scrolls sideways at {width}px");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_mark_names_its_fact_and_leads_to_its_source_line()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/timeline?from=1994&to=1994");
        var mark = page.Locator("svg.tl-axis a.tl-mark").First;
        await Assertions.Expect(mark).ToHaveAccessibleNameAsync(new System.Text.RegularExpressions.Regex("^4–5 December 1994: Visit: Heydar Aliyev"));
        await mark.HoverAsync();
        await Assertions.Expect(page.Locator(".tl-readout")).ToContainTextAsync("Heydar Aliyev");
        var navigated = page.WaitForURLAsync("**/article#L*", new() { WaitUntil = WaitUntilState.Commit });
        await mark.ClickAsync();
        await navigated;
        var line = page.Url[(page.Url.IndexOf('#', StringComparison.Ordinal) + 1)..];
        await Assertions.Expect(page.Locator($"#{line}")).ToContainTextAsync("Heydar Aliyev");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_axis_prints_within_the_page_and_the_zoom_links_do_not()
    {
        var page = await site.NewPageAsync(1366, 900);
        await page.GotoAsync("/timeline");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var axis = page.Locator("svg.tl-axis");
        Assert.True(await axis.IsVisibleAsync());
        Assert.True((await axis.BoundingBoxAsync())!.Width <= 1366);
        Assert.Equal(await axis.EvaluateAsync<double>("el => el.parentElement.clientWidth"), (await axis.BoundingBoxAsync())!.Width, 1.0);
        Assert.False(await page.Locator("nav.tl-zoom").IsVisibleAsync());
        Assert.False(await page.Locator(".tl-scroll-hint").IsVisibleAsync());
        Assert.Equal(62, await page.Locator(".timeline-item:visible").CountAsync());
        await page.Context.CloseAsync();
    }
}
