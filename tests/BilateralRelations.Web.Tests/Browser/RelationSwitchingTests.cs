using BilateralRelations.Web.Tests.Pages;
using BilateralRelations.Web.Tests.Support;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BilateralRelations.Web.Tests.Browser;

/// <summary>
/// A second site for the browser, with three articles (the shared <see cref="BrowserSite"/> holds the seed alone,
/// where there is no relation to switch to). The browser itself is the shared one.
/// </summary>
public sealed class ThreeRelationsBrowserSite : IAsyncLifetime
{
    private readonly ThreeRelationsSite _site = new();

    public string BaseUrl { get; private set; } = "";

    public Task InitializeAsync()
    {
        BaseUrl = _site.ServeOnLoopback();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();
}

[Collection(BrowserCollection.Name)]
public sealed class RelationSwitchingTests(BrowserSite browser, ThreeRelationsBrowserSite site) : IClassFixture<ThreeRelationsBrowserSite>
{
    private async Task<IPage> NewPageAsync(int width, bool javaScript = true)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 900 }, BaseURL = site.BaseUrl, JavaScriptEnabled = javaScript,
        });
        return await context.NewPageAsync();
    }

    /// <summary>Starts a navigation and waits for it to commit; the assertions then wait for the content.</summary>
    private static async Task NavigateByAsync(IPage page, Func<Task> action, string url)
    {
        var navigated = page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        await action();
        await navigated;
    }

    private static async Task AssertNoSidewaysOverflowAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{page.Url} is {overflow}px wider than the window");
    }

    [Theory]
    [InlineData(1366, true)]
    [InlineData(390, true)]
    [InlineData(390, false)]
    public async Task A_relation_chosen_stays_chosen_through_the_navigation_and_the_switcher(int width, bool javaScript)
    {
        var page = await NewPageAsync(width, javaScript);
        await page.GotoAsync("/relations");
        await AssertNoSidewaysOverflowAsync(page);
        await NavigateByAsync(page, () => page.GetByRole(AriaRole.Link, new() { Name = "Georgia–Poland relations", Exact = true }).ClickAsync(), "**/relations/georgia-poland-relations");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Georgia–Poland relations");

        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await NavigateByAsync(page, () => nav.GetByRole(AriaRole.Link, new() { Name = "Visits", Exact = true }).ClickAsync(), "**/visits?relation=georgia-poland-relations");
        await Assertions.Expect(page.Locator("table.visits tbody tr")).ToHaveCountAsync(19);
        await Assertions.Expect(page.Locator(".filter-chips a.chip")).ToHaveTextAsync(["Relation: Georgia–Poland × (remove this filter)"]);
        await Assertions.Expect(page.Locator("nav.breadcrumb li")).ToHaveTextAsync(["Relations", "Georgia–Poland relations", "Visits"]);
        await AssertNoSidewaysOverflowAsync(page);

        // And on to another page of the same relation, then to another relation's same page.
        await NavigateByAsync(page, () => nav.GetByRole(AriaRole.Link, new() { Name = "Agreements", Exact = true }).ClickAsync(), "**/agreements?relation=georgia-poland-relations");
        await Assertions.Expect(page.Locator("table caption")).ToContainTextAsync("Georgia–Poland");
        await page.SelectOptionAsync("#relation-switch", "chile-new-zealand-relations");
        await NavigateByAsync(page, () => page.Locator("form.relation-switcher button").ClickAsync(), "**/agreements?relation=chile-new-zealand-relations");
        await Assertions.Expect(page.Locator("table caption")).ToContainTextAsync("Chile and New Zealand");
        await NavigateByAsync(page, () => nav.GetByRole(AriaRole.Link, new() { Name = "Visits", Exact = true }).ClickAsync(), "**/visits?relation=chile-new-zealand-relations");
        await Assertions.Expect(page.Locator("table.visits tbody tr")).ToHaveCountAsync(16);

        // Removing the chip leaves the relation: every visit, and a navigation without it.
        await NavigateByAsync(page, () => page.Locator(".filter-chips a.chip").ClickAsync(), "**/visits");
        await Assertions.Expect(page.Locator(".count")).ToContainTextAsync("76 visits");
        Assert.Equal("/timeline", await nav.GetByRole(AriaRole.Link, new() { Name = "Timeline", Exact = true }).GetAttributeAsync("href"));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task Relations_ticked_on_the_index_are_compared_side_by_side(int width)
    {
        var page = await NewPageAsync(width);
        await page.GotoAsync("/relations");
        await page.GetByLabel("Compare Azerbaijan–Hungary relations").CheckAsync();
        await page.GetByLabel("Compare Georgia–Poland relations").CheckAsync();
        await NavigateByAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Compare the ticked relations" }).ClickAsync(), "**/compare?*");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Azerbaijan–Hungary · Georgia–Poland");
        await Assertions.Expect(page.Locator("svg.compare-chart")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#compare-levels tr.total td")).ToHaveTextAsync(["41", "19"]);
        await Assertions.Expect(page.Locator("#compare-dates thead th")).ToHaveCountAsync(3);
        await AssertNoSidewaysOverflowAsync(page);
        // The form keeps the choice and takes a third.
        await page.GetByLabel("Chile and New Zealand relations").CheckAsync();
        await NavigateByAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Compare", Exact = true }).ClickAsync(), "**/compare?*chile-new-zealand-relations*");
        await Assertions.Expect(page.Locator("#compare-levels tr.total td")).ToHaveTextAsync(["41", "16", "19"]);
        await AssertNoSidewaysOverflowAsync(page);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/relations")]
    [InlineData("/relations?sort=visits")]
    [InlineData("/relations/georgia-poland-relations")]
    [InlineData("/visits?relation=georgia-poland-relations&level=ministers")]
    [InlineData("/agreements?relation=georgia-poland-relations")]
    [InlineData("/compare")]
    [InlineData("/compare?relation=georgia-poland-relations&relation=chile-new-zealand-relations")]
    public async Task Relation_pages_have_no_serious_accessibility_violations(string url)
    {
        foreach (var width in new[] { 1366, 390 })
        {
            var page = await NewPageAsync(width);
            await page.GotoAsync(url);
            var serious = (await page.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical").ToList();
            Assert.True(serious.Count == 0, $"{url} at {width}px: " + string.Join("; ", serious.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})")));
            await AssertNoSidewaysOverflowAsync(page);
            await page.Context.CloseAsync();
        }
    }
}
