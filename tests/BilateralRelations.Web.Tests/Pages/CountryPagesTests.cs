using AngleSharp.Dom;
using BilateralRelations.Web.Queries;
using BilateralRelations.Web.Tests.Support;

namespace BilateralRelations.Web.Tests.Pages;

/// <summary>The seed with articles that give Georgia, Hungary, Azerbaijan and Türkiye several partners each.</summary>
public sealed class SeveralPartnersSite() : SiteFactory(
    TestFiles.Seed,
    TestFiles.Golden("georgia-poland-relations.txt"),
    TestFiles.RealArticle("georgia-turkey-relations.txt"),
    TestFiles.RealArticle("azerbaijan-turkey-relations.txt"),
    TestFiles.RealArticle("hungary-romania-relations.txt"),
    TestFiles.RealArticle("hungary-slovakia-relations.txt"));

/// <summary>Country summaries leave no visit out, name each partner and credit only their own articles.</summary>
public sealed class CountryPagesTests(SeedSite seed, SeveralPartnersSite several) : IClassFixture<SeedSite>, IClassFixture<SeveralPartnersSite>
{
    private readonly HttpClient _seed = seed.CreateClient();
    private readonly HttpClient _several = several.CreateClient();

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static int Number(IElement cell) => int.Parse(cell.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The relations table's rows: partner → (made, received, not stated, all).</summary>
    private static Dictionary<string, int[]> RelationRows(IDocument page) =>
        page.QuerySelectorAll("table.country-relations tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelectorAll("td.num").Select(Number).ToArray());

    /// <summary>The visit count the relation's own overview gives.</summary>
    private static async Task<int> RelationVisitsAsync(HttpClient client, string relationUrl)
    {
        var overview = await client.GetPageAsync(relationUrl);
        var visits = overview.QuerySelectorAll(".counts a").First(a => a.GetAttribute("href")!.StartsWith("/visits?relation=", StringComparison.Ordinal));
        return Number(visits.QuerySelector("strong")!);
    }

    [Fact]
    public async Task Hungarys_visits_made_received_and_of_unstated_direction_add_up_to_the_relations_visits()
    {
        var page = await _seed.GetPageAsync("/countries/hungary");
        var row = Assert.Single(RelationRows(page));
        Assert.Equal("Azerbaijan", row.Key);
        var (made, received, notStated, all) = (row.Value[0], row.Value[1], row.Value[2], row.Value[3]);
        Assert.Equal((18, 14, 9), (made, received, notStated));
        Assert.Equal(made + received + notStated, all);
        Assert.Equal(await RelationVisitsAsync(_seed, "/relations/azerbaijan-hungary-relations"), all);

        // Every visit is listed once, in its group, and the headings say how many.
        Assert.Equal(all, page.QuerySelectorAll(".partner-visits .visit-list li").Length);
        var groups = page.QuerySelectorAll("h4.visit-group").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Made by Hungary (18)", "Received by Hungary (14)", "Direction not stated (9)"], groups);
        Assert.Contains("41 visits — 18 made, 14 received, 9 direction not stated", page.QuerySelector("#visits-h")!.TextContent);
        // The two visits by Hungary's Minister of National Development, which the article gives no direction.
        var unstated = page.QuerySelectorAll("h4.visit-group").Last().NextElementSibling!.QuerySelectorAll("li");
        Assert.Equal(2, unstated.Count(li => li.TextContent.Contains("Zsuzsa Nemeth") && li.TextContent.Contains("Minister of National Development")));

        // The level table and the chart count the same visits.
        Assert.Equal(all, page.QuerySelectorAll(".visit-figures > table tbody tr").Sum(r => Number(r.QuerySelectorAll("td.num").Last())));
        Assert.Equal(notStated, page.QuerySelectorAll(".visit-figures > table tbody tr").Sum(r => Number(r.QuerySelectorAll("td.num")[2])));
    }

    [Fact]
    public async Task The_country_list_and_all_visits_of_a_country_count_the_visits_of_unstated_direction()
    {
        var list = await _seed.GetPageAsync("/countries");
        var hungary = list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Hungary"));
        Assert.Equal([1, 18, 14, 9, 41], hungary.QuerySelectorAll("td.num").Select(Number).ToArray());

        var visits = await _seed.GetPageAsync("/visits?country=hungary");
        Assert.Contains("41 visits", visits.QuerySelector(".count")!.TextContent);
        var summary = await _seed.GetPageAsync("/countries/hungary");
        Assert.Equal("/visits?country=hungary", summary.QuerySelector(".actions a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_country_with_several_partners_names_each_with_its_visits_agreements_and_relation_page()
    {
        var client = _several;
        var page = await client.GetPageAsync("/countries/georgia");
        var rows = RelationRows(page);
        Assert.Equal(["Poland", "Türkiye"], rows.Keys.Order());
        foreach (var row in page.QuerySelectorAll("table.country-relations tbody tr"))
        {
            var link = row.QuerySelector("a")!.GetAttribute("href")!;
            Assert.StartsWith("/relations/", link);
            var counts = row.QuerySelectorAll("td.num").Select(Number).ToArray();
            Assert.Equal(counts[0] + counts[1] + counts[2], counts[3]);
            Assert.Equal(await RelationVisitsAsync(client, link), counts[3]);
        }
        var total = page.QuerySelectorAll("table.country-relations tfoot td.num").Select(Number).ToArray();
        Assert.Equal(rows.Values.Sum(r => r[3]), total[3]);
        Assert.Contains("Relations with", page.QuerySelector(".summary-sources")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll(".summary-sources a[href^='/relations/']").Length);

        // Visits grouped by partner, each section linking its relation.
        var sections = page.QuerySelectorAll(".partner-visits h3").Select(h => h.TextContent).ToList();
        Assert.Contains(sections, h => h.StartsWith("With Poland: Georgia–Poland relations", StringComparison.Ordinal));
        // Agreements name their partner.
        var agreements = page.QuerySelector("#agreements-h")!.ParentElement!.QuerySelectorAll("li");
        Assert.NotEmpty(agreements);
        Assert.All(agreements, a => Assert.Contains("(with ", a.TextContent));
    }

    [Fact]
    public async Task Memberships_named_by_several_articles_are_listed_once()
    {
        var client = _several;
        foreach (var country in new[] { "georgia", "hungary", "turkiye" })
        {
            var page = await client.GetPageAsync($"/countries/{country}");
            var organisations = page.QuerySelector("#members-h")!.ParentElement!.QuerySelectorAll("li")
                .Select(li => li.TextContent.Split(" — ")[0].Trim()).ToList();
            Assert.NotEmpty(organisations);
            Assert.Equal(organisations.Distinct(StringComparer.OrdinalIgnoreCase), organisations);
            // "OSCE" in one article and "Organization for Security and Co-operation in Europe" in another are one.
            Assert.False(organisations.Contains("OSCE") && organisations.Contains("Organization for Security and Co-operation in Europe"), country);
        }
        var hungary = await client.GetPageAsync("/countries/hungary");
        var members = hungary.QuerySelector("#members-h")!.ParentElement!.TextContent;
        Assert.Single(hungary.QuerySelector("#members-h")!.ParentElement!.QuerySelectorAll("li"), li => li.TextContent.StartsWith("Council of Europe", StringComparison.Ordinal));
        Assert.Contains("Organization of Turkic States — observer", members);
    }

    [Fact]
    public async Task The_footer_of_a_country_page_credits_only_the_articles_of_its_facts()
    {
        var client = _several;
        var georgia = await client.GetPageAsync("/countries/georgia");
        var credits = georgia.QuerySelector("body > footer.site-footer")!.TextContent;
        Assert.Equal(Words(credits), Words(georgia.QuerySelector("footer.print-credits")!.TextContent));
        Assert.Contains("“Georgia–Poland relations”", credits);
        Assert.Contains("“Georgia–Turkey relations”", credits);
        Assert.DoesNotContain("Azerbaijan–Hungary relations", credits);
        Assert.DoesNotContain("Hungary–Slovakia relations", credits);
        Assert.Contains("CC BY-SA 4.0", credits);

        var home = await client.GetPageAsync("/");
        Assert.Contains("Hungary–Slovakia relations", home.QuerySelector("footer")!.TextContent);
        Assert.Contains("Georgia–Poland relations", home.QuerySelector("footer")!.TextContent);
    }

    [Fact]
    public async Task The_credits_print_the_absolute_address_and_hide_the_screen_only_links_in_print()
    {
        var page = await _seed.GetPageAsync("/countries/hungary");
        // The summary prints its credits at its own end (kept with its last lines); the site footer shows them on screen.
        foreach (var footer in new[] { page.QuerySelector("article footer.print-credits.print-only")!, page.QuerySelector("body > footer.site-footer")! })
        {
            Assert.Equal("http://localhost/countries/hungary", footer.QuerySelector("p.print-only .print-url")!.TextContent);
            Assert.Contains("JSON API", footer.QuerySelector(".no-print")!.TextContent);
            Assert.Contains("“Azerbaijan–Hungary relations”", footer.TextContent);
        }
        // The print date is only in print-only elements: the screen never shows it.
        var main = page.QuerySelector("main")!.Clone() as IElement;
        foreach (var printOnly in main!.QuerySelectorAll(".print-only"))
        {
            printOnly.Remove();
        }
        Assert.DoesNotContain("printed", main.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_country_chart_has_a_y_axis_horizontal_year_labels_and_its_numbers_as_a_table()
    {
        var page = await _seed.GetPageAsync("/countries/hungary");
        var svg = page.QuerySelector(".visit-chart svg.year-chart-svg")!;
        Assert.Equal("Visits of Hungary per year", svg.QuerySelector("title")!.TextContent);
        Assert.Contains("1994 to 2014", svg.QuerySelector("desc")!.TextContent);
        Assert.Equal(svg.QuerySelector("title")!.Id, svg.GetAttribute("aria-labelledby"));
        var ticks = svg.QuerySelectorAll(".y-axis text").Select(Number).ToList();
        Assert.Equal(0, ticks[0]);
        Assert.True(ticks.Count >= 3, "the y axis has ticks");
        var years = svg.QuerySelectorAll(".x-axis text").Select(Number).ToList();
        Assert.Contains(2000, years);
        Assert.Empty(svg.QuerySelectorAll("[transform]"));

        var bar2007 = svg.QuerySelectorAll("a").Single(a => a.GetAttribute("aria-label")!.StartsWith("2007:", StringComparison.Ordinal));
        Assert.Equal("/visits/2007?country=hungary", bar2007.GetAttribute("href"));
        Assert.Equal("2007: 6 visits (2 made, 4 received)", bar2007.GetAttribute("aria-label"));
        var table = page.QuerySelectorAll(".year-chart-table tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelectorAll("td").Select(Number).ToArray());
        Assert.Equal([2, 4, 0, 6], table["2007"]);
    }

    [Fact]
    public async Task The_overview_uses_the_same_chart_with_bars_linking_to_the_relations_year()
    {
        var page = await _seed.GetPageAsync("/relations/azerbaijan-hungary-relations");
        var svg = page.QuerySelector("#per-year ~ figure svg.year-chart-svg, section svg.year-chart-svg")!;
        Assert.NotNull(svg.QuerySelector("desc"));
        Assert.Contains(svg.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/visits/2013?relation=azerbaijan-hungary-relations" && a.GetAttribute("aria-label") == "2013: 7 visits");
        Assert.Empty(svg.QuerySelectorAll("[transform]"));
    }
}

/// <summary>A country with more visits than its summary's printed pages hold lists the highest-level ones and counts all.</summary>
public sealed class AbridgedSummaryTests(AbridgedSummaryTests.SixtyVisitsSite site) : IClassFixture<AbridgedSummaryTests.SixtyVisitsSite>
{
    /// <summary>
    /// <paramref name="count"/> visits, a fifth of each level but ministers (two fifths): Azerbaijan's president and
    /// foreign minister to Hungary, Hungary's prime minister, speaker and a deputy minister to Azerbaijan; two a year
    /// from 1995, in turn.
    /// </summary>
    public class ManyVisitsSite(int count) : SiteFactory(VisitsArticle.Write(Enumerable.Range(0, count).Select(i => $"- {i % 28 + 1} May {1995 + i / 2} - {s_delegates[i % 5]} visit")))
    {
        private static readonly string[] s_delegates = ["President of Azerbaijan Ilham Aliyev", "Prime Minister of Hungary Viktor Orban",
            "Speaker of the National Assembly of Hungary Laszlo Kover", "Minister of Foreign Affairs of Azerbaijan Elmar Mammadyarov",
            "Deputy Minister of Economy of Hungary Gabor Kiss"];
    }

    public sealed class SixtyVisitsSite() : ManyVisitsSite(60);

    [Fact]
    public async Task Hungarys_summary_lists_fifty_visits_of_the_highest_levels_and_links_to_all_sixty()
    {
        var client = site.CreateClient();
        var page = await client.GetPageAsync("/countries/hungary");
        Assert.Contains("Listed below are 50 of the 60 visits", page.QuerySelector("p.abridged")!.TextContent);
        var lines = page.QuerySelectorAll(".partner-visits .visit-list li").Select(li => li.TextContent).ToList();
        Assert.Equal(SummaryVisitChoice.Lines, lines.Count);
        // Every visit of the three highest levels, and of the ministers' 24 the 14 latest: 2009 onwards.
        foreach (var person in new[] { "Ilham Aliyev", "Viktor Orban", "Laszlo Kover" })
        {
            Assert.Equal(12, lines.Count(l => l.Contains(person, StringComparison.Ordinal)));
        }
        var ministers = lines.Where(l => l.Contains("Minister of Foreign Affairs", StringComparison.Ordinal) || l.Contains("Deputy Minister", StringComparison.Ordinal)).ToList();
        Assert.Equal(14, ministers.Count);
        Assert.All(ministers, l => Assert.True(int.Parse(System.Text.RegularExpressions.Regex.Match(l, @"\b(?:19|20)\d\d\b").Value) >= 2009, l));

        // The direction headings count what they list and what there is; the lines name the other country.
        var headings = page.QuerySelectorAll("h4.visit-group").Select(h => h.TextContent).ToList();
        Assert.Equal(["Made by Hungary (31 of 36)", "Received by Hungary (19 of 24)"], headings);
        Assert.All(page.QuerySelectorAll("h4.visit-group")[0].NextElementSibling!.QuerySelectorAll("li"), li => Assert.EndsWith("→ Azerbaijan", li.TextContent));

        // The relation's count links to all its visits of the country, and that list has them all.
        var all = page.QuerySelector("table.country-relations tbody td[data-label=All] a")!;
        Assert.Equal(("60", "/visits?country=hungary&relation=azerbaijan-hungary-relations"), (all.TextContent, all.GetAttribute("href")));
        var list = await client.GetPageAsync(all.GetAttribute("href")!);
        Assert.StartsWith("60 visits", list.QuerySelector("table caption")!.TextContent.Trim());
        Assert.Equal("/visits?country=hungary", page.QuerySelector("p.abridged a")!.GetAttribute("href"));
    }
}
