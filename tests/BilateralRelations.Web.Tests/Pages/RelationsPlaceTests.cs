using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using BilateralRelations.Web.Tests.Support;
using Microsoft.AspNetCore.WebUtilities;

namespace BilateralRelations.Web.Tests.Pages;

/// <summary>The site with three articles: enough relations to browse, switch between and compare (issue 9).</summary>
public sealed class ThreeRelationsSite() : SiteFactory(TestFiles.Seed, TestFiles.Golden("georgia-poland-relations.txt"), TestFiles.Golden("chile-new-zealand-relations.txt"))
{
    public const string AzerbaijanHungary = "azerbaijan-hungary-relations";
    public const string GeorgiaPoland = "georgia-poland-relations";
    public const string ChileNewZealand = "chile-new-zealand-relations";
    public static readonly string[] Slugs = [AzerbaijanHungary, ChileNewZealand, GeorgiaPoland];
}

/// <summary>Relations as a place: the index, the navigation that stays in a relation, filter chips, compare (issue 9).</summary>
public sealed class RelationsPlaceTests(ThreeRelationsSite site) : IClassFixture<ThreeRelationsSite>
{
    private readonly HttpClient _client = site.CreateClient();

    private async Task<int> ApiCountAsync(string url) => (await _client.GetFromJsonAsync<JsonElement[]>(url))!.Length;

    [Theory]
    [InlineData("/relations")]
    [InlineData("/")]
    public async Task The_index_counts_what_the_api_lists_for_every_relation(string url)
    {
        var page = await _client.GetPageAsync(url);
        var rows = page.QuerySelectorAll("table.relations-index tbody tr");
        var relations = (await _client.GetFromJsonAsync<JsonElement[]>("/api/relations"))!.Select(r => r.GetProperty("slug").GetString()!).ToList();
        Assert.Equal(relations.Order(), rows.Select(r => r.Id!["r-".Length..]).Order());
        foreach (var row in rows)
        {
            var slug = row.Id!["r-".Length..];
            int Cell(string kind) => int.Parse(row.QuerySelector($"td[data-count={kind}]")!.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(await ApiCountAsync($"/api/visits?relation={slug}"), Cell("visits"));
            Assert.Equal(await ApiCountAsync($"/api/agreements?relation={slug}"), Cell("agreements"));
            Assert.Equal(await ApiCountAsync($"/api/missions?relation={slug}"), Cell("missions"));
            Assert.Equal(await ApiCountAsync($"/api/sister-cities?relation={slug}"), Cell("sister-cities"));
            Assert.Equal(await ApiCountAsync($"/api/memberships?relation={slug}"), Cell("memberships"));
            Assert.Equal(await ApiCountAsync($"/api/events?relation={slug}"), Cell("events"));
            Assert.NotNull(row.QuerySelector("svg.sparkline[role=img][aria-label^='Visits per year']"));
        }
    }

    [Fact]
    public async Task The_sparkline_has_a_bar_for_each_year_with_visits()
    {
        var page = await _client.GetPageAsync("/relations");
        var spark = page.QuerySelector($"#r-{ThreeRelationsSite.AzerbaijanHungary} svg.sparkline")!;
        var visits = await _client.GetFromJsonAsync<JsonElement[]>($"/api/visits?relation={ThreeRelationsSite.AzerbaijanHungary}");
        static int YearOf(JsonElement v, string field) => int.Parse(v.GetProperty(field).GetString()![..4], System.Globalization.CultureInfo.InvariantCulture);
        var years = visits!.SelectMany(v => Enumerable.Range(YearOf(v, "startDate"), YearOf(v, "endDate") - YearOf(v, "startDate") + 1)).Distinct().Count();
        Assert.Equal(years, spark.QuerySelectorAll("rect").Length);
        Assert.Contains("most in 2013 (7)", spark.GetAttribute("aria-label"));
    }

    [Theory]
    [InlineData("/relations", "name", "ascending")]
    [InlineData("/relations?sort=name&order=desc", "name", "descending")]
    [InlineData("/relations?sort=visits", "visits", "descending")]
    [InlineData("/relations?sort=visits&order=asc", "visits", "ascending")]
    [InlineData("/relations?sort=latest", "latest", "descending")]
    public async Task The_index_sorts_by_the_url_and_says_so_on_its_column(string url, string column, string direction)
    {
        var page = await _client.GetPageAsync(url);
        var sorted = page.QuerySelectorAll("thead th[aria-sort]").Where(th => th.GetAttribute("aria-sort") != "none").ToList();
        var header = Assert.Single(sorted);
        Assert.Equal(direction, header.GetAttribute("aria-sort"));
        var rows = page.QuerySelectorAll("table.relations-index tbody tr").ToList();
        IComparable Key(IElement row) => column switch
        {
            "visits" => int.Parse(row.QuerySelector("td[data-count=visits]")!.TextContent, System.Globalization.CultureInfo.InvariantCulture),
            "latest" => row.QuerySelector("td:last-child time")?.GetAttribute("datetime") ?? "",
            _ => row.QuerySelector("th")!.TextContent.Trim(),
        };
        var keys = rows.Select(Key).ToList();
        var expected = direction == "ascending" ? keys.Order().ToList() : keys.OrderDescending().ToList();
        Assert.Equal(expected, keys);
        Assert.Equal(3, rows.Count);
        if (column == "visits")
        {
            Assert.Equal(direction == "descending" ? ThreeRelationsSite.AzerbaijanHungary : ThreeRelationsSite.ChileNewZealand, rows[0].Id!["r-".Length..]);
        }
        // Following the sorted column's link reverses it; the others sort in their natural order.
        var again = await _client.GetPageAsync(header.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Equal(direction == "ascending" ? "descending" : "ascending", again.QuerySelectorAll("thead th[aria-sort]").Single(th => th.GetAttribute("aria-sort") != "none").GetAttribute("aria-sort"));
    }

    [Theory]
    [InlineData("/relations?sort=size", "sort")]
    [InlineData("/relations?sort=1", "sort")]
    [InlineData("/relations?order=up", "order")]
    public async Task A_sort_the_index_does_not_have_is_a_400(string url, string parameter)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(parameter, await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Inside_a_relation_the_navigation_breadcrumb_and_switcher_keep_it()
    {
        const string slug = ThreeRelationsSite.GeorgiaPoland;
        foreach (var url in new[] { $"/relations/{slug}", $"/relations/{slug}/article", $"/visits?relation={slug}", $"/visits/2015?relation={slug}", $"/agreements?relation={slug}", $"/timeline?relation={slug}" })
        {
            var page = await _client.GetPageAsync(url);
            string Nav(string text) => page.QuerySelectorAll("nav[aria-label=Main] a").Single(a => a.TextContent == text).GetAttribute("href")!;
            Assert.Equal($"/relations/{slug}", Nav("Overview"));
            Assert.Equal($"/visits?relation={slug}", Nav("Visits"));
            Assert.Equal($"/timeline?relation={slug}", Nav("Timeline"));
            Assert.Equal($"/agreements?relation={slug}", Nav("Agreements"));
            Assert.Equal($"/missions?relation={slug}", Nav("Missions"));
            Assert.Equal($"/sister-cities?relation={slug}", Nav("Sister cities"));
            Assert.Equal($"/memberships?relation={slug}", Nav("Memberships"));
            Assert.Equal($"/relations/{slug}/article", Nav("Article"));
            Assert.Equal("/people", Nav("People"));
            var crumbs = page.QuerySelectorAll("nav.breadcrumb li").Select(li => li.TextContent.Trim()).ToList();
            Assert.Equal(["Relations", "Georgia–Poland relations"], crumbs.Take(2));
            Assert.Equal(url.StartsWith($"/relations/{slug}", StringComparison.Ordinal) && !url.EndsWith("article", StringComparison.Ordinal) ? 2 : 3, crumbs.Count);
            Assert.Equal(slug, page.QuerySelector("form.relation-switcher select[name=relation] option[selected]")!.GetAttribute("value"));
        }
        var visits = await _client.GetPageAsync($"/visits?relation={slug}");
        Assert.Equal("Visits", visits.QuerySelector("nav.breadcrumb a[aria-current=page]")!.TextContent);
    }

    [Fact]
    public async Task Outside_a_relation_the_navigation_is_as_before_and_there_is_no_breadcrumb()
    {
        var page = await _client.GetPageAsync("/visits");
        Assert.Equal(["/", "/visits", "/timeline", "/agreements", "/missions", "/sister-cities", "/memberships", "/people", "/countries", "/article"],
            page.QuerySelectorAll("nav[aria-label=Main] a").Select(a => a.GetAttribute("href")));
        Assert.Null(page.QuerySelector("nav.breadcrumb"));
    }

    [Theory]
    [InlineData("Visits", ThreeRelationsSite.ChileNewZealand, "/visits?relation=chile-new-zealand-relations")]
    [InlineData("Overview", ThreeRelationsSite.ChileNewZealand, "/relations/chile-new-zealand-relations")]
    [InlineData("Article", ThreeRelationsSite.ChileNewZealand, "/relations/chile-new-zealand-relations/article")]
    [InlineData("SisterCities", ThreeRelationsSite.GeorgiaPoland, "/sister-cities?relation=georgia-poland-relations")]
    [InlineData("Visits", "", "/visits")]
    [InlineData("Overview", "", "/relations")]
    public async Task The_switcher_goes_to_the_same_page_of_the_chosen_relation(string to, string relation, string target)
    {
        var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync($"/relations/switch?to={to}&relation={relation}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(target, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Visits_have_a_relation_filter_that_the_csv_and_api_share()
    {
        var page = await _client.GetPageAsync("/visits");
        Assert.Equal(["", .. ThreeRelationsSite.Slugs], page.QuerySelectorAll("#f-relation option").Select(o => o.GetAttribute("value") ?? ""));

        var filtered = await _client.GetPageAsync($"/visits?relation={ThreeRelationsSite.GeorgiaPoland}");
        var rows = filtered.QuerySelectorAll("table.visits tbody tr");
        Assert.Equal(19, rows.Length);
        Assert.All(rows, r => Assert.StartsWith($"/relations/{ThreeRelationsSite.GeorgiaPoland}/article#L", r.QuerySelector(".source-link")!.GetAttribute("href")));
        Assert.Equal(ThreeRelationsSite.GeorgiaPoland, filtered.QuerySelector("#f-relation option[selected]")!.GetAttribute("value"));
        Assert.Empty(filtered.QuerySelectorAll("input[type=hidden][name=relation]"));
        Assert.Equal(19, await ApiCountAsync($"/api/visits?relation={ThreeRelationsSite.GeorgiaPoland}"));
        var csv = await _client.GetStringAsync($"/visits.csv?relation={ThreeRelationsSite.GeorgiaPoland}");
        Assert.Equal(19 + 1, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData("/visits?relation=atlantis-relations")]
    [InlineData("/visits/2013?relation=atlantis-relations")]
    [InlineData("/visits.csv?relation=atlantis-relations")]
    [InlineData("/agreements?relation=atlantis-relations")]
    [InlineData("/missions?relation=atlantis-relations")]
    [InlineData("/api/visits?relation=atlantis-relations")]
    [InlineData("/api/agreements?relation=atlantis-relations")]
    [InlineData("/relations/switch?to=Visits&relation=atlantis-relations")]
    public async Task An_unknown_relation_is_a_400_that_names_it(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("there is no relation atlantis-relations", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Each_chip_says_its_filter_and_links_to_the_same_list_without_it()
    {
        const string url = "/visits?relation=azerbaijan-hungary-relations&year=2013&country=hungary&level=ministers&q=Minister&sort=desc";
        var page = await _client.GetPageAsync(url);
        var chips = page.QuerySelectorAll(".filter-chips a.chip").ToList();
        Assert.Equal(["Relation: Azerbaijan–Hungary", "Year: 2013", "Country: Hungary", "Level: Ministers", "Text: “Minister”"],
            chips.Select(c => c.QuerySelector("span")!.TextContent));
        var all = QueryHelpers.ParseQuery(new Uri("http://x" + url).Query);
        foreach (var (chip, key) in chips.Zip(new[] { "relation", "year", "country", "level", "q" }))
        {
            var href = new Uri("http://x" + chip.GetAttribute("href"));
            Assert.Equal("/visits", href.AbsolutePath);
            var query = QueryHelpers.ParseQuery(href.Query);
            Assert.Equal(all.Keys.Where(k => k != key).Order(), query.Keys.Order());
            Assert.All(query, kv => Assert.Equal(all[kv.Key], kv.Value));
            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(chip.GetAttribute("href"))).StatusCode);
        }
        var summary = page.QuerySelector(".count")!.TextContent;
        Assert.Contains("in 2013 matching Relation: Azerbaijan–Hungary, Country: Hungary, Level: Ministers and Text: “Minister”", summary);
        Assert.Equal("/visits", page.QuerySelector(".filter-chips a.chips-clear")!.GetAttribute("href"));
    }

    [Fact]
    public async Task On_a_year_page_the_year_stays_in_the_path_until_its_chip_removes_it()
    {
        var page = await _client.GetPageAsync("/visits/2013?relation=azerbaijan-hungary-relations");
        var chips = page.QuerySelectorAll(".filter-chips a.chip").ToDictionary(c => c.GetAttribute("data-filter")!, c => c.GetAttribute("href"));
        Assert.Equal("/visits/2013", chips["Relation"]);
        Assert.Equal("/visits?relation=azerbaijan-hungary-relations", chips["Year"]);
        Assert.Contains("7 visits in 2013 matching Relation: Azerbaijan–Hungary", page.QuerySelector(".count")!.TextContent);
    }

    [Theory]
    [InlineData("/agreements")]
    [InlineData("/missions")]
    [InlineData("/sister-cities")]
    [InlineData("/memberships")]
    public async Task The_other_lists_show_their_relation_as_a_chip_that_removes_it(string path)
    {
        var page = await _client.GetPageAsync($"{path}?relation={ThreeRelationsSite.ChileNewZealand}");
        var chip = Assert.Single(page.QuerySelectorAll(".filter-chips a.chip"));
        Assert.Equal("Relation: Chile and New Zealand", chip.QuerySelector("span")!.TextContent);
        Assert.Equal(path, chip.GetAttribute("href"));
        if (page.QuerySelector("table caption") is { } caption)
        {
            Assert.EndsWith(" of the relation Chile and New Zealand", caption.TextContent.Trim());
        }
        Assert.Empty((await _client.GetPageAsync(path)).QuerySelectorAll(".filter-chips"));
    }

    [Fact]
    public async Task Compare_shows_for_each_relation_what_its_own_page_says()
    {
        // Given in any order, the columns are in the order of the relations' titles.
        var slugs = ThreeRelationsSite.Slugs;
        var page = await _client.GetPageAsync($"/compare?relation={slugs[2]}&relation={slugs[0]}&relation={slugs[1]}");
        Assert.Equal(slugs.Select(s => $"/relations/{s}"), page.QuerySelectorAll("#compare-counts thead th a").Select(a => a.GetAttribute("href")));
        var countRows = page.QuerySelectorAll("#compare-counts tbody tr").ToList();
        for (var i = 0; i < slugs.Length; i++)
        {
            var slug = slugs[i];
            var overview = await _client.GetPageAsync($"/relations/{slug}");
            // Facts of each kind, in the overview's order.
            var counts = overview.QuerySelectorAll(".counts li strong").Select(s => s.TextContent).ToList();
            Assert.Equal(counts, countRows.Select(r => r.QuerySelectorAll("td")[i].TextContent.Trim()));
            // Visits per year: the overview's table, year by year.
            var perYear = overview.QuerySelectorAll(".chart-table tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelector("td")!.TextContent.Trim());
            var compared = page.QuerySelectorAll("#compare-years tbody tr")
                .Select(r => (Year: r.QuerySelector("th")!.TextContent.Trim(), Count: r.QuerySelector($"td[data-relation={slug}]")!.TextContent.Trim()))
                .Where(r => r.Count != "0").ToDictionary(r => r.Year, r => r.Count);
            Assert.Equal(perYear, compared);
            // Reciprocity: the overview's columns summed over levels.
            var ways = overview.QuerySelectorAll("table.reciprocity tbody tr").Select(r => r.QuerySelectorAll("td.num").Select(c => int.Parse(c.TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToArray()).ToList();
            var comparedWays = page.QuerySelectorAll("#compare-ways tbody tr").Select(r => int.Parse(r.QuerySelector($"td[data-relation={slug}] .num-value")!.TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal([ways.Sum(w => w[0]), ways.Sum(w => w[1]), ways.Sum(w => w[2])], comparedWays);
            // Visits by level: each level's row of the overview, summed across directions.
            var levels = overview.QuerySelectorAll("table.reciprocity tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelectorAll("td.num").Sum(c => int.Parse(c.TextContent, System.Globalization.CultureInfo.InvariantCulture)));
            foreach (var row in page.QuerySelectorAll("#compare-levels tbody tr:not(.total)"))
            {
                var level = row.QuerySelector("th")!.TextContent.Trim();
                Assert.Equal(levels.GetValueOrDefault(level), int.Parse(row.QuerySelector($"td[data-relation={slug}]")!.TextContent, System.Globalization.CultureInfo.InvariantCulture));
            }
            Assert.Equal(counts[0], page.QuerySelector($"#compare-levels tr.total td[data-relation={slug}]")!.TextContent.Trim());
            // Key dates: the overview's recognition date, where it has one.
            var recognition = overview.QuerySelectorAll(".key-dates dt").FirstOrDefault(d => d.TextContent == "Recognition")?.NextElementSibling!.QuerySelector("time")!.GetAttribute("datetime");
            var comparedRecognition = page.QuerySelectorAll("#compare-dates tbody tr").First(r => r.QuerySelector("th")!.TextContent == "Recognition").QuerySelector($"td[data-relation={slug}] time")?.GetAttribute("datetime");
            Assert.Equal(recognition, comparedRecognition);
        }
        Assert.Equal(slugs.Order(), page.QuerySelectorAll(".compare-form input[name=relation][checked]").Select(c => c.GetAttribute("value")!).Order());
        Assert.NotNull(page.QuerySelector("svg.compare-chart[role=img] title"));
    }

    [Fact]
    public async Task Compare_without_relations_is_the_form_to_choose_them()
    {
        var page = await _client.GetPageAsync("/compare");
        Assert.Equal(ThreeRelationsSite.Slugs, page.QuerySelectorAll(".compare-form input[type=checkbox][name=relation]").Select(c => c.GetAttribute("value")));
        Assert.Null(page.QuerySelector("#compare-counts"));
    }

    [Theory]
    [InlineData("/compare?relation=azerbaijan-hungary-relations", "at least twice")]
    [InlineData("/compare?relation=azerbaijan-hungary-relations&relation=azerbaijan-hungary-relations", "at least twice")]
    [InlineData("/compare?relation=azerbaijan-hungary-relations&relation=atlantis-relations", "there is no relation atlantis-relations")]
    [InlineData("/compare?relation=azerbaijan-hungary-relations&relation=Not_A_Slug", "relation must be a relation slug")]
    [InlineData("/compare?relation=a&relation=b&relation=c&relation=d&relation=e&relation=f&relation=g", "at most 6")]
    public async Task Compare_with_fewer_than_two_or_unknown_relations_is_a_400(string url, string message)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector(".problems")!.TextContent);
    }
}
