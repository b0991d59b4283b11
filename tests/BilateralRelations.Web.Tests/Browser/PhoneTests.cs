namespace BilateralRelations.Web.Tests.Browser;

/// <summary>At a phone's width (390 px) nothing is cut off: no page scrolls sideways, no table hides columns past its edge (issue 9).</summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneTests(BrowserSite site)
{
    public static TheoryData<string> Pages() => new()
    {
        "/", "/visits", "/visits/2013", "/visits/1994-12-04-heydar-aliyev", "/timeline", "/agreements", "/missions", "/sister-cities",
        "/memberships", "/people", "/people/peter-szijjarto", "/countries", "/countries/hungary", "/diagnostics", "/downloads",
        "/search?q=Hungary+2013", "/relations", "/relations/azerbaijan-hungary-relations/article",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Nothing_is_cut_off_at_a_phones_width(string url)
    {
        var page = await site.NewPageAsync(390, 844);
        await page.GotoAsync(url);

        var overflowing = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
            + ".slice(0, 5).map(e => e.tagName.toLowerCase() + '.' + e.className + ' ' + (e.textContent || '').trim().slice(0, 40))");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0,
            $"{url} scrolls sideways: {string.Join(" | ", overflowing)}");
        var clipped = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('main table')].filter(t => t.checkVisibility() && t.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
            + ".map(t => (t.querySelector('caption') || t).textContent.trim().slice(0, 60))");
        Assert.True(clipped.Length == 0, $"{url}: tables cut off at the right: {string.Join(" | ", clipped)}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_filters_fold_so_the_first_visit_is_in_view_and_each_card_keeps_its_labels()
    {
        var page = await site.NewPageAsync(390, 844);
        await page.GotoAsync("/visits/2013");

        var firstVisit = page.Locator("table.visits tbody tr").First;
        var box = await firstVisit.BoundingBoxAsync();
        Assert.True(box is not null && box.Y < 844, $"the first visit starts at {box?.Y} px, below the first screen");
        Assert.Equal("\"Date\"", await firstVisit.Locator("td.date").EvaluateAsync<string>("td => getComputedStyle(td, '::before').content"));

        await page.Locator("details.fold > summary").ClickAsync();
        Assert.True(await page.Locator("#f-level").IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_wide_screen_the_filters_are_open_without_a_toggle()
    {
        var page = await site.NewPageAsync(1366, 900);
        await page.GotoAsync("/visits/2013");

        Assert.True(await page.Locator("#f-level").IsVisibleAsync());
        Assert.False(await page.Locator("details.fold > summary").IsVisibleAsync());
        await page.Context.CloseAsync();
    }
}
