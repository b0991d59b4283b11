using Microsoft.Playwright;

namespace BilateralRelations.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SearchBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task On_a_phone_the_header_box_finds_the_seven_visits_of_2013()
    {
        var page = await site.NewPageAsync(390, 844);
        await page.GotoAsync("/visits");
        var box = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search everything" });
        await Assertions.Expect(box).ToBeInViewportAsync();
        await box.FillAsync("Hungary 2013");

        var navigated = page.WaitForURLAsync("**/search?q=Hungary+2013", new() { WaitUntil = WaitUntilState.Commit });
        await box.PressAsync("Enter");
        await navigated;

        var visits = page.Locator("section#visit");
        await Assertions.Expect(visits.Locator("h2 .count-badge")).ToHaveTextAsync("7");
        await Assertions.Expect(visits.Locator("ol.search-results > li")).ToHaveCountAsync(7);
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth") <= 0, "the results are wider than a phone");

        await visits.Locator("a.result-title").First.ClickAsync();
        await page.WaitForURLAsync("**/visits/2013-*", new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.Locator("h1")).Not.ToBeEmptyAsync();
    }
}
