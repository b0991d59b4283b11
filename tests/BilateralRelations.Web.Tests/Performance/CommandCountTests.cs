using BilateralRelations.Web.Tests.Support;

namespace BilateralRelations.Web.Tests.Performance;

/// <summary>
/// Each page is made in a bounded number of database round trips (issue 13): a page that starts querying per row or
/// reloading the same list shows up here, whatever the speed of the machine. The bounds are today's counts (the
/// relation list read once per request took the relation overview from 15 to 8, a country page from 14 to 9; read once
/// per data version, from none of the page's own). A list of missions reads their ambassadors in a query of their own
/// (one more for the relation overview, two for a country's missions abroad and at home): inside the missions' query
/// they cost more CPU than the round trip.
/// </summary>
public sealed class CommandCountTests(CommandCountTests.Site site) : IClassFixture<CommandCountTests.Site>
{
    public sealed class Site : SiteFactory
    {
        public Site() : base(TestFiles.Seed, TestFiles.Golden("georgia-poland-relations.txt"))
        {
            Settings["Diagnostics:CountCommands"] = "true";
            // The data version stays fresh through a test however slow the machine: what is per data version stays at hand.
            Settings["Caching:DataVersionSeconds"] = "600";
        }
    }

    [Theory]
    [InlineData("/", 0)] // the relation catalog and the statistics, both per data version
    [InlineData("/relations/azerbaijan-hungary-relations", 9)] // its missions, then their ambassadors
    [InlineData("/visits", 6)] // the nearest years either side only with a year
    [InlineData("/people", 3)] // people, then their visit counts grouped once
    [InlineData("/visits?year=2013", 7)]
    [InlineData("/timeline", 6)] // the relation list, then the texts of the page's facts by kind; order and counts from a per-data-version index
    [InlineData("/timeline?from=2013&to=2013", 6)]
    [InlineData("/api/timeline", 5)] // only the texts of the page's facts, one query per kind on it
    [InlineData("/countries/hungary", 10)] // missions abroad and at home, each then their ambassadors; the country itself from the catalog
    [InlineData("/countries", 0)] // the country list, per data version
    [InlineData("/people/peter-szijjarto", 5)]
    [InlineData("/search?q=Hungary+2013", 3)]
    [InlineData("/missions", 3)] // the count, then only the page and its ambassadors (before: every mission, sliced in memory)
    [InlineData("/api/missions", 3)]
    [InlineData("/visits?person=peter-szijjarto", 7)]
    [InlineData("/api/visits", 3)] // the count, then only the page
    public async Task A_page_is_made_in_a_bounded_number_of_database_commands(string url, int most)
    {
        var (count, _) = await CommandsOfAsync(url);
        // A page that reads must have been counted (none would mean the counter is broken); two read nothing of their own.
        Assert.True((count >= 1 || most == 0) && count <= most, $"{url} sent {count} database commands (at most {most})");
    }

    [Theory]
    [InlineData("/timeline", "/timeline?relation=azerbaijan-hungary-relations")]
    // With a filter beside the year, both count their visits in SQL (the year alone is counted from the year spans).
    [InlineData("/api/visits?q=minister", "/api/visits?q=minister&relation=georgia-poland-relations")]
    public async Task A_relation_filter_is_checked_against_the_relations_already_read(string unfiltered, string filtered)
    {
        await CommandsOfAsync("/relations"); // the relations of this data version, read once

        Assert.True((await CommandsOfAsync(filtered)).Commands <= (await CommandsOfAsync(unfiltered)).Commands, $"{filtered} read the relations again to check its filter");
    }

    /// <summary>
    /// A list of ids (a page's visits, whose people are read next; a timeline page's facts, whose texts are) is bound
    /// as one parameter, not one per id: with one per id the SQL changes with the count, and EF Core made it again on
    /// every request (a fifth of the visit list's CPU on a large corpus).
    /// </summary>
    [Theory]
    [InlineData("/visits")]
    [InlineData("/api/visits?limit=1000")]
    [InlineData("/timeline")]
    [InlineData("/api/timeline")]
    [InlineData("/countries/hungary")]
    [InlineData("/people/peter-szijjarto")]
    [InlineData("/relations/azerbaijan-hungary-relations")]
    [InlineData("/search?q=Hungary")] // the matches of each kind, then their facts by id
    public async Task A_list_of_ids_is_bound_as_one_parameter(string url)
    {
        var (count, parameters) = await CommandsOfAsync(url);

        Assert.True(count >= 1, $"{url} sent no database command");
        Assert.True(parameters <= MostScalarParameters, $"{url} bound {parameters} parameters in one command (a list of ids bound one per id?)");
    }

    // The most a page's filters bind one by one (dates, slugs, paging); a page of this site shows dozens of facts.
    private const int MostScalarParameters = 8;

    /// <summary>
    /// The database commands one request for <paramref name="url"/> sends, with a query string no cache has seen, and
    /// the most parameters one of them bound.
    /// </summary>
    private async Task<(int Commands, int MostParameters)> CommandsOfAsync(string url)
    {
        var response = await site.CreateClient().GetAsync(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "fresh=" + Guid.NewGuid().ToString("n"));
        response.EnsureSuccessStatusCode();

        var path = url.Split('?')[0];
        var entry = CommandLog.Entries(site).Last(e => e.Address.Split('?')[0] == path);
        return (entry.Commands, entry.MostParameters);
    }
}
