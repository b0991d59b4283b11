using System.Net;
using System.Text.Json;
using BilateralRelations.Web.Tests.Support;

namespace BilateralRelations.Web.Tests.Api;

/// <summary>API lists come a page at a time, so no answer grows with the corpus (issue 13).</summary>
public sealed class ApiPagingTests(SeedSite site) : IClassFixture<SeedSite>
{
    private static string? Next(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Link", out var links) && links.Single() is var link && link.EndsWith("; rel=\"next\"", StringComparison.Ordinal)
            ? link[1..link.IndexOf('>', StringComparison.Ordinal)]
            : null;

    [Theory]
    [InlineData("/api/visits", 41)]
    [InlineData("/api/visits?year=2013", 7)]
    [InlineData("/api/people", 37)]
    [InlineData("/api/timeline", -1)]
    [InlineData("/api/agreements", -1)] // paged in SQL: the pages must still be the whole list, once, in order
    [InlineData("/api/missions", -1)]
    [InlineData("/api/sister-cities", -1)]
    [InlineData("/api/memberships", -1)]
    [InlineData("/api/events", -1)]
    [InlineData("/api/events?year=2013", -1)]
    public async Task Following_the_next_links_gives_the_whole_list_once_in_order(string list, int expected)
    {
        var client = site.CreateClient();
        var whole = JsonDocument.Parse(await client.GetStringAsync(list + (list.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "limit=1000")).RootElement.EnumerateArray().Select(e => e.GetRawText()).ToList();
        if (expected >= 0)
        {
            Assert.Equal(expected, whole.Count);
        }

        var pages = new List<string>();
        string? url = list + (list.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "limit=5";
        var answers = 0;
        while (url is not null)
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(whole.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Headers.GetValues("X-Total-Count").Single());
            var items = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray().Select(e => e.GetRawText()).ToList();
            Assert.InRange(items.Count, 1, 5);
            pages.AddRange(items);
            url = Next(response);
            answers++;
        }

        Assert.Equal(whole, pages);
        Assert.Equal((whole.Count + 4) / 5, answers);
    }

    [Fact]
    public async Task Missions_come_in_order_of_sending_then_host_country_whether_read_whole_or_in_parts()
    {
        // The list of every mission is paged from an order read once per data version, not sorted in SQL per page.
        var client = site.CreateClient();
        var missions = JsonDocument.Parse(await client.GetStringAsync("/api/missions?limit=1000")).RootElement.EnumerateArray()
            .Select(m => (Sending: m.GetProperty("sendingCountry").GetString()!, Host: m.GetProperty("hostCountry").GetString()!)).ToList();
        var first = JsonDocument.Parse(await client.GetStringAsync("/api/missions?limit=1")).RootElement.EnumerateArray().Single();

        Assert.True(missions.Count > 1);
        Assert.Equal(missions.OrderBy(m => m.Sending, StringComparer.Ordinal).ThenBy(m => m.Host, StringComparer.Ordinal), missions);
        Assert.Equal(missions[0], (first.GetProperty("sendingCountry").GetString()!, first.GetProperty("hostCountry").GetString()!));
    }

    [Fact]
    public async Task A_whole_list_under_the_default_limit_has_no_next_link()
    {
        var response = await site.CreateClient().GetAsync("/api/visits");

        Assert.Null(Next(response));
        Assert.Equal("41", response.Headers.GetValues("X-Total-Count").Single());
    }

    [Theory]
    [InlineData("/api/visits?limit=0")]
    [InlineData("/api/visits?limit=1001")]
    [InlineData("/api/visits?limit=ten")]
    [InlineData("/api/visits?cursor=not-a-cursor")]
    [InlineData("/api/people?cursor=%22%3E%3Cscript%3E")]
    public async Task A_bad_limit_or_cursor_is_a_400_problem(string url)
    {
        var response = await site.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_next_link_keeps_the_filters()
    {
        var response = await site.CreateClient().GetAsync("/api/visits?year=2013&level=ministers&limit=2");

        var next = Next(response)!;
        Assert.Contains("year=2013", next, StringComparison.Ordinal);
        Assert.Contains("level=ministers", next, StringComparison.Ordinal);
        Assert.Contains("limit=2", next, StringComparison.Ordinal);
    }
}
