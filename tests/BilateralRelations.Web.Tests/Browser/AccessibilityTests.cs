using Deque.AxeCore.Playwright;

namespace BilateralRelations.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserSite site)
{
    public static TheoryData<string> Pages() => new()
    {
        "/", "/relations/azerbaijan-hungary-relations", "/relations/azerbaijan-hungary-relations/article", "/visits", "/visits/2013",
        "/visits/1994-12-04-heydar-aliyev", "/timeline", "/agreements", "/missions", "/sister-cities", "/memberships", "/people",
        "/people/peter-szijjarto", "/countries", "/countries/hungary", "/diagnostics", "/visits?year=2000", "/visits?year=abc", "/nowhere",
        "/search?q=Hungary+2013", "/search", "/downloads", "/timeline?from=2007&to=2009", "/relations",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_serious_or_critical_accessibility_violations(string url)
    {
        foreach (var width in new[] { 1280, 390 })
        {
            var page = await site.NewPageAsync(width);
            await page.GotoAsync(url);
            var result = await page.RunAxe();
            var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
            Assert.True(serious.Count == 0, $"{url} at {width}px: " + string.Join("; ", serious.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})")));
            await page.Context.CloseAsync();
        }
    }
}
