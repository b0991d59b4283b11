using AngleSharp.Dom;
using BilateralRelations.Web.Tests.Support;

namespace BilateralRelations.Web.Tests.Pages;

/// <summary>
/// A visit that names only its host ("Lech Kaczyński's visit to Georgia" in the Georgia–Poland article) is, between the
/// relation's two countries, one from the other: the overview, the country pages and the country list count it alike.
/// </summary>
public sealed class DirectionCountsTests(DirectionCountsTests.Site site) : IClassFixture<DirectionCountsTests.Site>
{
    public sealed class Site() : SiteFactory(TestFiles.Golden("georgia-poland-relations.txt"));

    private static int Number(IElement cell) => int.Parse(cell.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Visits_each_way_agree_between_the_overview_the_country_pages_and_the_country_list()
    {
        var client = site.CreateClient();
        var overview = await client.GetPageAsync("/");
        var rows = overview.QuerySelectorAll("table.reciprocity tbody tr").Select(r => r.QuerySelectorAll("td.num").Select(Number).ToArray()).ToList();
        var (georgiaToPoland, polandToGeorgia, unknown) = (rows.Sum(r => r[0]), rows.Sum(r => r[1]), rows.Sum(r => r[2]));
        var headers = overview.QuerySelectorAll("table.reciprocity thead th").Select(h => h.TextContent.Trim()).ToList();
        Assert.StartsWith("Georgia", headers[1], StringComparison.Ordinal);

        var list = (await client.GetPageAsync("/countries")).QuerySelectorAll("table tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelectorAll("td.num").Select(Number).ToArray());
        // Columns: relations, made, received, not stated, all.
        Assert.Equal([georgiaToPoland, polandToGeorgia, unknown], list["Georgia"][1..4]);
        Assert.Equal([polandToGeorgia, georgiaToPoland, unknown], list["Poland"][1..4]);

        var georgia = (await client.GetPageAsync("/countries/georgia")).QuerySelectorAll("table.country-relations tbody tr").First();
        Assert.Equal([georgiaToPoland, polandToGeorgia, unknown], georgia.QuerySelectorAll("td.num").Select(Number).Take(3).ToArray());
        Assert.True(polandToGeorgia > 0 && unknown < 4, $"the visits naming only their host are counted by their direction ({polandToGeorgia}, {unknown})");
    }
}
