using BilateralRelations.Web.Tests.Support;

namespace BilateralRelations.Web.Tests.Pages;

/// <summary>
/// The year arrows of /visits: with only a year chosen they come from every visit's years (built once per data
/// version), with more filters from SQL. On a one-relation site filtering by that relation selects the same visits,
/// so both ways must give the same arrows for every year, those with visits and those without.
/// </summary>
public sealed class NeighbourYearTests(SeedSite site) : IClassFixture<SeedSite>
{
    [Fact]
    public async Task The_year_arrows_are_the_same_whichever_way_they_are_found()
    {
        var client = site.CreateClient();
        async Task<string> Arrows(string url)
        {
            var page = await client.GetPageAsync(url);
            return string.Join(" | ", page.QuerySelectorAll(".year-nav a[rel], .year-nav .disabled").Select(e => e.TextContent.Trim()));
        }

        for (var year = 1988; year <= 2026; year++)
        {
            var fromYears = await Arrows($"/visits?year={year}");
            Assert.Equal(await Arrows($"/visits?year={year}&relation=azerbaijan-hungary-relations"), fromYears);
            Assert.NotEqual("", fromYears);
        }
    }
}
