using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BilateralRelations.Web.Data;
using BilateralRelations.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BilateralRelations.Web.Tests.Pages;

/// <summary>One search for every kind of fact (issue 9): all words, any order, accents ignored, grouped by kind.</summary>
public sealed class SearchTests(SeedSite site) : IClassFixture<SeedSite>
{
    private readonly HttpClient _client = site.CreateClient();

    private static async Task<JsonElement> SearchAsync(HttpClient client, string q, string more = "")
    {
        var response = await client.GetAsync($"/api/search?q={Uri.EscapeDataString(q)}{more}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static JsonElement? Group(JsonElement search, string kind) =>
        search.GetProperty("groups").EnumerateArray().Where(g => g.GetProperty("kind").GetString() == kind).Select(g => (JsonElement?)g).FirstOrDefault();

    private static List<string> Urls(JsonElement? group) =>
        group is { } g ? g.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("url").GetString()!).Order().ToList() : [];

    [Fact]
    public async Task Hungary_2013_finds_exactly_the_visits_of_2013()
    {
        var search = await SearchAsync(_client, "Hungary 2013");
        var of2013 = await _client.GetFromJsonAsync<JsonElement[]>("/api/visits?year=2013");

        var visits = Group(search, "visit");
        Assert.NotNull(visits);
        Assert.Equal(7, of2013!.Length);
        Assert.Equal(of2013.Length, visits.Value.GetProperty("total").GetInt32());
        Assert.Equal(of2013.Select(v => $"/visits/{v.GetProperty("id").GetString()}").Order(), Urls(visits));
    }

    [Fact]
    public async Task The_page_groups_results_by_kind_with_counts_and_links_to_fact_and_source()
    {
        var page = await _client.GetPageAsync("/search?q=Hungary+2013");

        var visits = page.QuerySelector("section#visit")!;
        Assert.Equal("7", visits.QuerySelector("h2 .count-badge")!.TextContent);
        var items = visits.QuerySelectorAll("ol.search-results > li");
        Assert.Equal(7, items.Length);
        Assert.All(items, li => Assert.StartsWith("/visits/2013-", li.QuerySelector("a.result-title")!.GetAttribute("href")));
        Assert.All(items, li => Assert.StartsWith("/relations/azerbaijan-hungary-relations/article#L", li.QuerySelector("a.source-link")!.GetAttribute("href")));
        Assert.Contains(items, li => li.QuerySelector("time")!.GetAttribute("datetime") == "2013-05-17");
        Assert.Equal("/visits?q=Hungary%202013", visits.QuerySelector(".see-all a")!.GetAttribute("href"));
        Assert.Contains("Visits", page.QuerySelector("nav.search-kinds")!.TextContent);
    }

    [Theory]
    [InlineData("2013 hungary")]
    [InlineData("HUNGARY 2013")]
    [InlineData("  hungary,   2013!  ")]
    [InlineData("Hungarian 2013 visit")]
    public async Task Words_match_in_any_order_whatever_their_case_and_punctuation(string q)
    {
        var reference = Urls(Group(await SearchAsync(_client, "Hungary 2013"), "visit"));
        Assert.Equal(reference, Urls(Group(await SearchAsync(_client, q), "visit")));
    }

    [Fact]
    public async Task The_visits_list_uses_the_same_matching_and_combines_with_its_filters()
    {
        var page = await _client.GetPageAsync("/visits?q=2013+hungary");
        Assert.Equal(7, page.QuerySelectorAll("table.visits tbody tr").Length);

        var byYearAndCountry = await _client.GetFromJsonAsync<JsonElement[]>("/api/visits?year=2012&visiting=hungary");
        var withWords = await _client.GetFromJsonAsync<JsonElement[]>("/api/visits?year=2012&visiting=hungary&q=hungary+visit");
        Assert.Equal(byYearAndCountry!.Select(v => v.GetProperty("sourceLine").GetInt32()), withWords!.Select(v => v.GetProperty("sourceLine").GetInt32()));
        var oneVisit = await _client.GetFromJsonAsync<JsonElement[]>("/api/visits?year=2013&q=Gyongyosi");
        Assert.Equal(37, Assert.Single(oneVisit!).GetProperty("sourceLine").GetInt32());
    }

    [Fact]
    public async Task See_all_leads_to_the_visits_list_with_as_many_rows_as_the_count()
    {
        var page = await _client.GetPageAsync("/search?q=hungary");
        var visits = page.QuerySelector("section#visit")!;
        Assert.Equal("41", visits.QuerySelector("h2 .count-badge")!.TextContent);
        Assert.Equal(20, visits.QuerySelectorAll("ol.search-results > li").Length);
        var seeAll = visits.QuerySelector(".see-all a")!;
        Assert.Equal("See all 41 visits (more filters, CSV)", seeAll.TextContent.Trim());

        var list = await _client.GetPageAsync(seeAll.GetAttribute("href")!);
        Assert.Contains("41 visits", list.QuerySelector(".count")!.TextContent);
    }

    [Fact]
    public async Task One_kind_lists_all_of_its_results()
    {
        var search = await SearchAsync(_client, "hungary", "&kind=visit");
        var group = Assert.Single(search.GetProperty("groups").EnumerateArray());
        Assert.Equal(41, group.GetProperty("total").GetInt32());
        Assert.Equal(41, group.GetProperty("results").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, group.GetProperty("seeAll").ValueKind);
    }

    [Theory]
    [InlineData("Orban", "Viktor Orbán", 2)]
    [InlineData("orbán", "Viktor Orbán", 2)]
    [InlineData("Gyongyosi 2013", "Márton Gyöngyösi", 1)]
    [InlineData("SZIJJARTO", "Péter Szijjártó", 3)] // also the visit of "Peter Sijjarto", the same person
    public async Task Accents_are_ignored_either_way(string q, string name, int visitCount)
    {
        var visits = Group(await SearchAsync(_client, q), "visit");
        Assert.NotNull(visits);
        Assert.Equal(visitCount, visits.Value.GetProperty("total").GetInt32());
        Assert.Contains(visits.Value.GetProperty("results").EnumerateArray(), r => r.GetProperty("title").GetString()!.Contains(name, StringComparison.Ordinal));
        var people = Group(await SearchAsync(_client, q.Split(' ')[0]), "person");
        Assert.Equal(name, people!.Value.GetProperty("results")[0].GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("strategic partnership", "agreement", "Strategic partnership agreement")]
    [InlineData("embassy Budapest", "mission", "Embassy of Azerbaijan")]
    [InlineData("Cutora", "ambassador", "Zsolt Cutora")]
    [InlineData("Tiszavasvari", "sister-city", "Tiszavasvári – Aghdam")]
    [InlineData("Shusha Gyongyos", "sister-city", "Gyöngyös – Shusha")]
    [InlineData("Turkic observer", "membership", "Organization of Turkic States")]
    [InlineData("WizzAir", "event", "Direct WizzAir flight between Baku and Budapest")]
    [InlineData("Szijjarto", "person", "Péter Szijjártó")]
    [InlineData("Guliyev", "person", "Vilayat Guliyev")]
    public async Task Each_kind_of_fact_is_found(string q, string kind, string title)
    {
        var group = Group(await SearchAsync(_client, q), kind);
        Assert.NotNull(group);
        var first = group.Value.GetProperty("results")[0];
        Assert.StartsWith(title, first.GetProperty("title").GetString());
        if (kind != "person")
        {
            Assert.True(first.GetProperty("sourceLine").GetInt32() > 0);
        }
        var page = await _client.GetAsync(first.GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task A_mission_is_found_by_its_own_city_not_by_its_neighbour_in_the_sentence()
    {
        var missions = Group(await SearchAsync(_client, "embassy Budapest"), "mission")!.Value;
        Assert.Equal(1, missions.GetProperty("total").GetInt32());
        Assert.EndsWith("#azerbaijan-embassy-in-budapest", missions.GetProperty("results")[0].GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("NEAR(")]
    [InlineData("NEAR(Hungary 2013)")]
    [InlineData("a:b")]
    [InlineData("title:Hungary")]
    [InlineData("(")]
    [InlineData(")Hungary(")]
    [InlineData("\"Hungary")]
    [InlineData("Hungary*")]
    [InlineData("Hungary OR 2013")]
    [InlineData("Hungary AND NOT 2013")]
    [InlineData("-Hungary ^2013 +x")]
    [InlineData("' OR 1=1 --")]
    [InlineData("%_\\")]
    [InlineData("\u0301")]
    [InlineData("a\u0301\u0301\u0301")]
    [InlineData("\u202Eevil <b>x</b>")]
    public async Task Hostile_input_never_breaks_the_search(string q)
    {
        foreach (var url in new[] { "/search?q=", "/api/search?q=", "/visits?q=", "/api/visits?q=" })
        {
            var response = await _client.GetAsync(url + Uri.EscapeDataString(q));
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{url}{q} answered {(int)response.StatusCode}");
            Assert.DoesNotContain("<b>x</b>", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Operators_are_read_as_words()
    {
        // NEAR is a word here, not FTS5's operator: every visit of 2013 has "Hungary" and "2013", none "near".
        Assert.Null(Group(await SearchAsync(_client, "Hungary NEAR 2013"), "visit"));
        Assert.Equal(0, (await SearchAsync(_client, "NEAR(Hungary 2013)")).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/search?q=%01", "control characters")]
    [InlineData("/search?q=a%0Ab", "control characters")]
    [InlineData("/search?kind=country&q=x", "kind must be one of")]
    [InlineData("/search?relation=Not_A_Slug&q=x", "relation must be")]
    public async Task Bad_parameters_get_a_400_page_saying_why(string url, string message)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_query_too_long_gets_a_400_page_saying_the_limit()
    {
        var response = await _client.GetAsync("/search?q=" + new string('a', 300));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 200 characters", await response.Content.ReadAsStringAsync());
        var api = await _client.GetAsync("/api/search?q=" + new string('a', 300));
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/search")]
    [InlineData("/search?q=")]
    [InlineData("/search?q=%22*()")]
    public async Task Nothing_to_search_for_gets_the_form_and_a_hint(string url)
    {
        var page = await _client.GetPageAsync(url);
        Assert.NotNull(page.QuerySelector("form[role=search] input#s-q"));
        Assert.Contains("type", page.QuerySelector("p.empty[role=status]")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(page.QuerySelectorAll("section.search-group"));
    }

    [Fact]
    public async Task The_api_needs_a_word()
    {
        var response = await _client.GetAsync("/api/search?q=%20*%20");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("q", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name.ToLowerInvariant()));
    }

    [Fact]
    public async Task No_result_says_so_and_suggests_fewer_words()
    {
        var page = await _client.GetPageAsync("/search?q=Hungary+1066");
        Assert.Contains("No fact has all of these words", page.QuerySelector(".empty")!.TextContent);
        Assert.Contains("0 facts", page.QuerySelector(".count")!.TextContent);
    }

    [Fact]
    public async Task The_header_box_searches_everything()
    {
        var page = await _client.GetPageAsync("/");
        var form = page.QuerySelector("header form[role=search]")!;
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.Equal("Search everything", form.QuerySelector("label[for=site-search]")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_search_page_is_cached_and_revalidated_with_its_etag()
    {
        var first = await _client.GetAsync("/search?q=Hungary+2013");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/search?q=Hungary+2013");
        again.Headers.IfNoneMatch.Add(etag);
        var revalidated = await _client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        var other = await _client.GetAsync("/search?q=Hungary+2012");
        Assert.NotEqual(etag, other.Headers.ETag);
    }

    [Fact]
    public async Task The_api_is_described_with_its_parameters()
    {
        var document = await _client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var search = document.GetProperty("paths").GetProperty("/api/search").GetProperty("get");
        var parameters = search.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        Assert.Equal(["kind", "q", "relation"], parameters.Keys.Order(StringComparer.Ordinal));
        Assert.All(parameters.Values, p => Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("description").GetString())));
    }

    private const string OrbanInBaku = "\n== Later visits ==\n- 3 May 2019 - Prime Minister of Hungary Viktor Orbán's working visit to Baku\n";

    [Fact]
    public async Task A_reimported_article_replaces_its_words()
    {
        using var site = new SiteFactory();
        var client = site.CreateClient();
        Assert.Null(Group(await SearchAsync(client, "Orban Baku"), "visit"));
        var path = Path.Combine(site.SeedDirectory, "azerbaijan-hungary-relations.txt");
        await File.AppendAllTextAsync(path, OrbanInBaku);

        await site.ImportAsync();

        var found = Group(await SearchAsync(client, "orban baku"), "visit")!.Value;
        Assert.Equal("/visits/2019-05-03-viktor-orban", Assert.Single(found.GetProperty("results").EnumerateArray()).GetProperty("url").GetString());
        var viaList = await client.GetFromJsonAsync<JsonElement[]>("/api/visits?q=Baku+Orb%C3%A1n");
        Assert.Equal("2019-05-03", Assert.Single(viaList!).GetProperty("startDate").GetString());

        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)).Replace("visit to Baku", "visit to Ganja", StringComparison.Ordinal));
        await site.ImportAsync();

        Assert.Null(Group(await SearchAsync(client, "Orban Baku"), "visit"));
        Assert.Single(Group(await SearchAsync(client, "Orban Ganja"), "visit")!.Value.GetProperty("results").EnumerateArray());
        Assert.Equal(42, await IndexedAsync(site, "visit"));
    }

    [Fact]
    public async Task A_removed_article_leaves_nothing_in_the_search()
    {
        using var site = new SiteFactory(TestFiles.Seed, TestFiles.Golden("georgia-poland-relations.txt"));
        var client = site.CreateClient();
        var kaczynski = Group(await SearchAsync(client, "Kaczynski Tbilisi"), "visit")!.Value;
        Assert.Contains("Kaczyński", kaczynski.GetProperty("results")[0].GetProperty("title").GetString());
        Assert.Equal(0, (await SearchAsync(client, "Kaczynski", "&relation=azerbaijan-hungary-relations")).GetProperty("total").GetInt32());
        var before = await IndexedAsync(site, null);

        File.Delete(Path.Combine(site.SeedDirectory, "georgia-poland-relations.txt"));
        await site.ImportAsync();

        Assert.Equal(0, (await SearchAsync(client, "Kaczynski")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await SearchAsync(client, "Duda")).GetProperty("total").GetInt32());
        Assert.Equal(7, Group(await SearchAsync(client, "Hungary 2013"), "visit")!.Value.GetProperty("total").GetInt32());
        Assert.InRange(await IndexedAsync(site, null), 1, before - 1);
        Assert.Equal(41, await IndexedAsync(site, "visit"));
    }

    [Fact]
    public async Task Every_result_links_to_its_fact_on_the_page_it_names()
    {
        // The results' addresses are written from the routes' paths, not routed: each must answer, and a row's or
        // card's address must name an element of that page.
        var links = new HashSet<string>(StringComparer.Ordinal);
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var q in new[] { "Hungary", "Azerbaijan", "Baku", "Budapest", "ambassador", "Aliyev" })
        {
            var page = await _client.GetPageAsync($"/search?q={q}");
            foreach (var a in page.QuerySelectorAll("section.search-group a.result-title"))
            {
                links.Add(a.GetAttribute("href")!);
                kinds.Add(a.Closest("section")!.Id!);
            }
        }

        Assert.Superset(new HashSet<string> { "visit", "person", "agreement", "mission", "ambassador", "membership", "event" }, kinds);
        foreach (var group in links.GroupBy(l => l.Split('#')[0]))
        {
            var page = await _client.GetPageAsync(group.Key);
            foreach (var fragment in group.Where(l => l.Contains('#')).Select(l => l.Split('#')[1]))
            {
                Assert.True(page.GetElementById(fragment) is not null, $"{group.Key} has no element #{fragment}");
            }
        }
    }

    /// <summary>Rows of the index (of one kind), checked against the full-text table itself.</summary>
    private static async Task<int> IndexedAsync(SiteFactory site, string? kind)
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RelationsDbContext>();
        await db.Database.ExecuteSqlRawAsync("""INSERT INTO "SearchIndex" ("SearchIndex") VALUES ('integrity-check')""");
        return await db.Database.SqlQuery<int>($"""SELECT COUNT(*) AS "Value" FROM "SearchEntries" WHERE {kind} IS NULL OR "Kind" = {kind}""").SingleAsync();
    }
}
