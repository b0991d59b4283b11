using System.Text.Json;
using BilateralRelations.Web.Tests.Support;

namespace BilateralRelations.Web.Tests.Pages;

/// <summary>
/// The timeline reads its order and counts from an index built once per data version, and only the texts of the
/// facts it shows: what it shows must still follow every import, and its pages and the API's must list the same
/// facts in the same order.
/// </summary>
public sealed class TimelineDataTests(TimelineAxisTests.CrowdedSite crowded) : IClassFixture<TimelineAxisTests.CrowdedSite>
{
    private const string OrbanInBaku = "\n== Later visits ==\n- 3 May 2019 - Prime Minister of Hungary Viktor Orbán's working visit to Baku\n";

    [Fact]
    public async Task A_reimport_shows_at_once_on_the_page_and_in_the_api()
    {
        using var site = new SiteFactory();
        var client = site.CreateClient();
        var before = await client.GetPageAsync("/timeline");
        Assert.Null((await client.GetPageAsync("/timeline?from=2019&to=2019")).QuerySelector("#visit-2019-05-03-viktor-orban"));
        var total = int.Parse(before.QuerySelector("p.count strong")!.TextContent.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

        await File.AppendAllTextAsync(Path.Combine(site.SeedDirectory, "azerbaijan-hungary-relations.txt"), OrbanInBaku);
        await site.ImportAsync();

        var after = await client.GetPageAsync("/timeline?from=2019&to=2019");
        Assert.NotNull(after.QuerySelector("#visit-2019-05-03-viktor-orban"));
        Assert.Contains("Visit: Viktor Orbán", after.QuerySelector("#visit-2019-05-03-viktor-orban .item-title")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"{total + 1} dated facts", (await client.GetPageAsync("/timeline")).QuerySelector("p.count strong")!.TextContent);
        var api = await client.GetAsync("/api/timeline?from=2019&to=2019");
        var ids = JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.Contains("visit-2019-05-03-viktor-orban", ids);
        Assert.Equal(ids.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), api.Headers.GetValues("X-Total-Count").Single());
    }

    [Fact]
    public async Task Another_instance_importing_on_the_same_database_never_fails_a_timeline_page()
    {
        // This instance's index is of the old data version for up to two seconds after the other one's import:
        // facts it lists were deleted and written again under new ids.
        using var site = new SiteFactory();
        var client = site.CreateClient();
        (await client.GetAsync("/timeline")).EnsureSuccessStatusCode();
        using var other = new SiteFactory(site);
        (await other.CreateClient().GetAsync("/healthz")).EnsureSuccessStatusCode();
        await File.AppendAllTextAsync(Path.Combine(site.SeedDirectory, "azerbaijan-hungary-relations.txt"), OrbanInBaku);
        await other.ImportAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/api/timeline?limit=5")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/timeline?page=2")).StatusCode);
    }

    [Fact]
    public async Task The_pages_of_the_list_and_of_the_api_give_every_fact_once_in_the_same_order()
    {
        // 480 visits: the axis counts them, and the list is read a page at a time.
        var client = crowded.CreateClient();
        var listed = new List<string>();
        for (var page = 1; page <= 5; page++)
        {
            var document = await client.GetPageAsync($"/timeline?page={page}");
            listed.AddRange(document.QuerySelectorAll("li.timeline-item").Select(li => li.Id!));
        }
        var api = JsonDocument.Parse(await client.GetStringAsync("/api/timeline?limit=1000")).RootElement.EnumerateArray()
            .Select(e => e.GetProperty("id").GetString()!).ToList();

        Assert.Equal(TimelineAxisTests.CrowdedSite.Visits, listed.Distinct().Count());
        Assert.Equal(api, listed);
        var dates = JsonDocument.Parse(await client.GetStringAsync("/api/timeline?limit=1000")).RootElement.EnumerateArray()
            .Select(e => e.GetProperty("startDate").GetString()!).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
    }
}
