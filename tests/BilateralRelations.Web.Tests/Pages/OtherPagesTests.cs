using BilateralRelations.Web.Tests.Support;

namespace BilateralRelations.Web.Tests.Pages;

public sealed class OtherPagesTests(SeedSite site) : IClassFixture<SeedSite>
{
    private readonly HttpClient _client = site.CreateClient();

    public static TheoryData<string> AllPages() => new()
    {
        "/", "/relations/azerbaijan-hungary-relations", "/relations/azerbaijan-hungary-relations/article", "/visits", "/visits/2013",
        "/visits/1994-12-04-heydar-aliyev", "/timeline", "/agreements", "/missions", "/sister-cities", "/memberships", "/people",
        "/people/peter-szijjarto", "/countries", "/countries/hungary", "/countries/azerbaijan", "/diagnostics",
    };

    [Theory]
    [MemberData(nameof(AllPages))]
    public async Task Every_page_has_the_layout_landmarks_and_one_h1(string url)
    {
        var page = await _client.GetPageAsync(url);
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.NotNull(page.QuerySelector("a.skip-link[href='#main']"));
        Assert.NotNull(page.QuerySelector("header nav[aria-label=Main]"));
        Assert.NotNull(page.QuerySelector("main#main"));
        Assert.Contains("CC BY-SA 4.0", page.QuerySelector("footer")!.TextContent);
        Assert.Contains("Azerbaijan–Hungary relations", page.QuerySelector("footer")!.TextContent);
        Assert.NotNull(page.QuerySelector("form[role=search] input[name=q]"));
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
    }

    [Fact]
    public async Task Overview_shows_key_dates_counts_chart_and_reciprocity()
    {
        var page = await _client.GetPageAsync("/");
        var keyDates = page.QuerySelector(".key-dates")!.TextContent;
        Assert.Contains("Recognition", keyDates);
        Assert.Contains("26 December 1991", keyDates);
        Assert.Contains("27 November 1992", keyDates);
        Assert.Contains("41 visits", page.QuerySelector(".counts")!.TextContent.Replace("\n", " ").Replace("  ", " "));
        var bars = page.QuerySelectorAll("svg.year-chart-svg a");
        Assert.Contains(bars, a => a.GetAttribute("href") == "/visits/2013?relation=azerbaijan-hungary-relations" && a.GetAttribute("aria-label") == "2013: 7 visits");
        var fallback = page.QuerySelectorAll(".chart-table tbody tr");
        Assert.Contains(fallback, r => r.TextContent.Contains("2007") && r.QuerySelector("td")!.TextContent == "6");
        var reciprocity = page.QuerySelectorAll("table.reciprocity tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelectorAll("td.num").Select(c => c.TextContent).ToArray());
        Assert.Equal(["4", "1", "0"], reciprocity["Heads of state"]);
        Assert.Equal(["0", "4", "0"], reciprocity["Heads of government"]);
        Assert.Contains("years", page.QuerySelector(".gap")!.TextContent);
    }

    [Fact]
    public async Task Timeline_is_in_date_order_with_permalinks_and_sources()
    {
        var page = await _client.GetPageAsync("/timeline");
        var items = page.QuerySelectorAll(".timeline-item").ToList();
        Assert.True(items.Count >= 41 + 2 + 2 + 1 + 12, $"only {items.Count} items");
        var starts = items.Select(i => i.QuerySelector(".when time")!.GetAttribute("datetime")!).Select(d => d.Length == 4 ? d + "-01-01" : d.Length == 7 ? d + "-01" : d).ToList();
        Assert.Equal(starts.Order(StringComparer.Ordinal), starts);
        Assert.All(items, i => Assert.False(string.IsNullOrEmpty(i.Id)));
        Assert.Equal(items.Count, items.Select(i => i.Id).Distinct().Count());
        Assert.All(items, i => Assert.StartsWith("/relations/azerbaijan-hungary-relations/article#L", i.QuerySelector(".source-link")!.GetAttribute("href")));
        Assert.Contains(items, i => i.TextContent.Contains("February 1997"));
    }

    [Fact]
    public async Task Timeline_filters_by_kind_and_country()
    {
        var page = await _client.GetPageAsync("/timeline?kind=Agreement&kind=Embassy");
        var kinds = page.QuerySelectorAll(".timeline-item").Select(i => i.ClassList.First(c => c.StartsWith("kind-"))).Distinct().Order();
        Assert.Equal(["kind-agreement", "kind-embassy"], kinds);
        var hungary = await _client.GetPageAsync("/timeline?kind=Visit&country=hungary");
        Assert.Equal(32, hungary.QuerySelectorAll(".timeline-item").Length);
    }

    [Fact]
    public async Task Country_page_of_Hungary_names_its_ambassador_in_Baku()
    {
        var page = await _client.GetPageAsync("/countries/hungary");
        var abroad = page.QuerySelector("#missions-h")!.ParentElement!.TextContent;
        Assert.Contains("Embassy in Baku, Azerbaijan", abroad);
        Assert.Contains("Zsolt Cutora since 14 December 2010", abroad);
        Assert.Contains("Embassy of Azerbaijan in Budapest", abroad);
        Assert.Contains("41 visits — 18 made, 14 received, 9 direction not stated", page.QuerySelector("#visits-h")!.TextContent);
        Assert.Contains("Gyöngyös — Shusha, Azerbaijan", page.QuerySelector("#twins-h")!.ParentElement!.TextContent);
        Assert.Contains("Organization of Turkic States — observer", page.QuerySelector("#members-h")!.ParentElement!.TextContent);
        Assert.NotNull(page.QuerySelector("button[data-print]"));
    }

    [Fact]
    public async Task Person_page_lists_spellings_titles_and_visits()
    {
        var page = await _client.GetPageAsync("/people/peter-szijjarto");
        Assert.Equal("Péter Szijjártó", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Peter Sijjarto", page.QuerySelector("dl.facts")!.TextContent);
        Assert.Contains("Hungarian Minister of Foreign Affair and Trade", page.QuerySelector("dl.facts")!.TextContent);
        Assert.Equal(3, page.QuerySelectorAll("table.visits tbody tr").Length);
    }

    [Fact]
    public async Task People_page_lists_each_person_once()
    {
        var page = await _client.GetPageAsync("/people");
        var names = page.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent).ToList();
        Assert.Equal(names.Distinct().Count(), names.Count);
        Assert.DoesNotContain("Peter Sijjarto", names);
        Assert.Contains("Zsolt Cutora", names);
    }

    [Fact]
    public async Task Article_has_a_table_of_contents_and_an_anchor_on_every_source_line()
    {
        var page = await _client.GetPageAsync("/relations/azerbaijan-hungary-relations/article");
        Assert.Contains(page.QuerySelectorAll(".toc a"), a => a.TextContent == "High-level mutual visits" && a.GetAttribute("href") == "#high-level-mutual-visits");
        Assert.NotNull(page.QuerySelector("#high-level-mutual-visits"));
        Assert.Contains("Heydar Aliyev", page.QuerySelector("#L20")!.TextContent);
        Assert.Contains("Vilayat Guliyev", page.QuerySelector("#L10")!.TextContent);
        Assert.Equal("#L60", page.QuerySelector("#L60 a.line-number")!.GetAttribute("href"));
    }

    [Fact]
    public async Task List_pages_show_every_fact_with_its_source()
    {
        var agreements = await _client.GetPageAsync("/agreements");
        Assert.Contains(agreements.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("Strategic partnership agreement") && r.TextContent.Contains("11 Nov 2014"));
        var missions = await _client.GetPageAsync("/missions");
        Assert.Equal(2, missions.QuerySelectorAll("article.mission").Length);
        var twins = await _client.GetPageAsync("/sister-cities");
        Assert.Equal(2, twins.QuerySelectorAll("tbody tr").Length);
        var memberships = await _client.GetPageAsync("/memberships");
        Assert.Equal(4, memberships.QuerySelectorAll("tbody tr").Length);
        Assert.All(memberships.QuerySelectorAll("tbody tr"), r => Assert.NotNull(r.QuerySelector("a.source-link")));
    }
}
