using BilateralRelations.Web.Tests.Support;

namespace BilateralRelations.Web.Tests.Pages;

/// <summary>
/// The relations index and the country list are built once per data version (issue 13): an import that adds an
/// article must show on both at once, with its counts.
/// </summary>
public sealed class PerDataVersionTests
{
    [Fact]
    public async Task An_import_shows_at_once_on_the_relations_index_and_the_country_list()
    {
        using var site = new SiteFactory();
        var client = site.CreateClient();
        Assert.Null((await client.GetPageAsync("/countries")).QuerySelector("a[href='/countries/poland']"));
        Assert.Null((await client.GetPageAsync("/relations")).QuerySelector("a[href='/relations/georgia-poland-relations']"));

        File.Copy(TestFiles.Golden("georgia-poland-relations.txt"), Path.Combine(site.SeedDirectory, "georgia-poland-relations.txt"));
        await site.ImportAsync();

        Assert.NotNull((await client.GetPageAsync("/countries")).QuerySelector("a[href='/countries/poland']"));
        var index = await client.GetPageAsync("/relations");
        var row = index.QuerySelector("a[href='/relations/georgia-poland-relations']")?.Closest("tr");
        Assert.NotNull(row);
        var visits = await client.GetAsync("/api/visits?relation=georgia-poland-relations&limit=1");
        Assert.Equal(visits.Headers.GetValues("X-Total-Count").Single(), row.QuerySelector("td[data-count='visits']")?.TextContent.Trim());
    }
}
