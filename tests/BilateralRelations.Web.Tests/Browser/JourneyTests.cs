using Microsoft.Playwright;

namespace BilateralRelations.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class JourneyTests(BrowserSite site)
{
    [Fact]
    public async Task From_the_home_page_to_a_visit_of_2013_and_its_source_line()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");
        await NavigateByAsync(page, () => page.ClickAsync("svg.year-chart-svg a[href^='/visits/2013?']"), "**/visits/2013*");
        await Assertions.Expect(page.Locator("table.visits tbody tr")).ToHaveCountAsync(7);
        Assert.Contains("7 visits in 2013", await page.Locator(".count").InnerTextAsync());

        await NavigateByAsync(page, () => page.Locator("table.visits tbody tr").Filter(new() { HasText = "O.Shiraliyev" }).GetByRole(AriaRole.Link, new() { NameRegex = new("^details") }).ClickAsync(),
            "**/visits/2013-05-17-o-shiraliyev");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("O.Shiraliyev");

        await NavigateByAsync(page, () => page.GetByRole(AriaRole.Link, new() { Name = "See this line in the article" }).ClickAsync(), "**/article#L61");
        var line = page.Locator("#L61");
        await Assertions.Expect(line).ToBeInViewportAsync();
        Assert.Contains("Minister of Health of the Republic of Azerbaijan O.Shiraliyev", await line.InnerTextAsync());
        Assert.True(await line.EvaluateAsync<bool>("el => el.matches(':target')"));
    }

    [Fact]
    public async Task Filters_work_without_javascript_and_combine()
    {
        var context = await site.Browser.NewContextAsync(new() { JavaScriptEnabled = false, BaseURL = site.BaseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/visits");
        await page.FillAsync("#f-year", "2012");
        await page.SelectOptionAsync("#f-visiting", "hungary");
        await NavigateByAsync(page, () => page.ClickAsync("button:has-text('Apply filters')"), "**/visits?*year=2012*");
        await Assertions.Expect(page.Locator("table.visits tbody tr")).ToHaveCountAsync(3);
        await context.CloseAsync();
    }

    /// <summary>
    /// Does what starts a navigation and waits for that navigation itself to commit, then lets the assertions wait
    /// for the content: waiting for a load state after the click raced the page's own load (a flaky test).
    /// </summary>
    private static async Task NavigateByAsync(IPage page, Func<Task> action, string url)
    {
        var navigated = page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        await action();
        await navigated;
    }

    [Fact]
    public async Task The_skip_link_is_the_first_stop_for_keyboard_users()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/timeline");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/visits")]
    [InlineData("/timeline")]
    [InlineData("/countries/hungary")]
    [InlineData("/relations/azerbaijan-hungary-relations/article")]
    public async Task Pages_fit_a_phone_screen_without_sideways_scrolling(string url)
    {
        var page = await site.NewPageAsync(390, 844);
        await page.GotoAsync(url);
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{url} is {overflow}px wider than a phone");
    }
}
