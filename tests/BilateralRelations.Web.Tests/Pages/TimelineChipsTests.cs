using BilateralRelations.Web.Tests.Support;
using Microsoft.AspNetCore.WebUtilities;

namespace BilateralRelations.Web.Tests.Pages;

/// <summary>The timeline says its filters as chips, like every list, each removing exactly itself (issue 9).</summary>
public sealed class TimelineChipsTests(SeedSite site) : IClassFixture<SeedSite>
{
    [Fact]
    public async Task Each_filter_of_the_timeline_is_a_chip_that_removes_only_itself()
    {
        var page = await site.CreateClient().GetPageAsync("/timeline?kind=Visit&kind=Agreement&country=hungary&from=2007&to=2009");

        var chips = page.QuerySelectorAll(".filter-chips a.chip").ToDictionary(a => a.QuerySelector("span")!.TextContent, a => Query(a.GetAttribute("href")!));

        Assert.Equal(["Country: Hungary", "Showing: Visits", "Showing: Agreements", "Years: 2007–2009"], chips.Keys);
        Assert.False(chips["Country: Hungary"].ContainsKey("country"));
        Assert.Equal("Agreement", chips["Showing: Visits"]["kind"].ToString());
        Assert.Equal(["2007", "2009"], [chips["Showing: Visits"]["from"].ToString(), chips["Showing: Visits"]["to"].ToString()]);
        Assert.False(chips["Years: 2007–2009"].ContainsKey("from") || chips["Years: 2007–2009"].ContainsKey("to"));
        Assert.Equal("hungary", chips["Years: 2007–2009"]["country"].ToString());
    }

    [Fact]
    public async Task The_whole_timeline_has_no_chips()
    {
        var page = await site.CreateClient().GetPageAsync("/timeline");

        Assert.Empty(page.QuerySelectorAll(".filter-chips a.chip"));
    }

    private static Dictionary<string, Microsoft.Extensions.Primitives.StringValues> Query(string href) =>
        QueryHelpers.ParseQuery(href.Contains('?', StringComparison.Ordinal) ? href[href.IndexOf('?', StringComparison.Ordinal)..] : "");
}
