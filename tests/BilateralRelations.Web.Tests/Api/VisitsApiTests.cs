using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BilateralRelations.Web.Tests.Support;

namespace BilateralRelations.Web.Tests.Api;

/// <summary>The seed's 41 visits through /api/visits, checked against the hand-written golden file.</summary>
public sealed class VisitsApiTests(SeedSite site) : IClassFixture<SeedSite>
{
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task Every_seed_visit_comes_out_with_exact_dates_people_and_countries()
    {
        var visits = await _client.GetFromJsonAsync<JsonElement[]>("/api/visits");
        using var golden = JsonDocument.Parse(await File.ReadAllTextAsync(TestFiles.Golden("azerbaijan-hungary-relations.expected.json")));
        var expected = golden.RootElement.GetProperty("visits").EnumerateArray().ToList();

        Assert.Equal(41, visits!.Length);
        Assert.Equal(expected.Count, visits.Length);
        foreach (var e in expected)
        {
            var line = e.GetProperty("line").GetInt32();
            var v = Assert.Single(visits, x => x.GetProperty("sourceLine").GetInt32() == line);
            Assert.Equal(e.GetProperty("start").GetString(), v.GetProperty("startDate").GetString());
            Assert.Equal(e.GetProperty("end").GetString(), v.GetProperty("endDate").GetString());
            Assert.Equal(e.GetProperty("precision").GetString(), v.GetProperty("precision").GetString());
            Assert.Equal(e.GetProperty("people").EnumerateArray().Select(p => p.GetString()), v.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
            Assert.Equal(Iso(e, "visitingCountry"), Iso(v, "visitingCountryIso3"));
            Assert.Equal(Iso(e, "hostCountry"), Iso(v, "hostCountryIso3"));
        }
    }

    [Theory]
    [InlineData(2013, 7)]
    [InlineData(2007, 6)]
    [InlineData(1994, 1)]
    [InlineData(2000, 0)]
    public async Task Year_filter_selects_the_visits_that_overlap_the_year(int year, int count)
    {
        var visits = await _client.GetFromJsonAsync<JsonElement[]>($"/api/visits?year={year}");
        Assert.Equal(count, visits!.Length);
        Assert.All(visits, v => Assert.True(
            string.CompareOrdinal(v.GetProperty("startDate").GetString(), $"{year}-12-31") <= 0
            && string.CompareOrdinal(v.GetProperty("endDate").GetString(), $"{year}-01-01") >= 0));
    }

    [Fact]
    public async Task A_visit_over_several_years_is_found_in_each_of_them()
    {
        // The year filter reads the start-date index from the longest visit's reach back: one longer than any other is the case to get right.
        using var longer = new SiteFactory();
        await File.AppendAllTextAsync(Path.Combine(longer.SeedDirectory, "azerbaijan-hungary-relations.txt"),
            "\n== Later visits ==\n- 30 December 2009 – 2 January 2012 - Prime Minister of Hungary Viktor Orbán's working visit\n");
        await longer.ImportAsync();
        var client = longer.CreateClient();

        foreach (var year in new[] { 2009, 2010, 2011, 2012 })
        {
            using var response = await client.GetAsync($"/api/visits?year={year}");
            var visits = await response.Content.ReadFromJsonAsync<JsonElement[]>();
            Assert.Contains(visits!, v => v.GetProperty("startDate").GetString() == "2009-12-30" && v.GetProperty("endDate").GetString() == "2012-01-02");
            // The count of a year alone comes from the year spans: the long visit counts in each of its years.
            Assert.Equal(visits!.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(response.Headers.GetValues("X-Total-Count")));
        }
        var after = await client.GetFromJsonAsync<JsonElement[]>("/api/visits?year=2013");
        Assert.DoesNotContain(after!, v => v.GetProperty("startDate").GetString() == "2009-12-30");
    }

    [Fact]
    public async Task Unknown_countries_are_null_not_guessed()
    {
        var visits = await _client.GetFromJsonAsync<JsonElement[]>("/api/visits");
        var line60 = Assert.Single(visits!, v => v.GetProperty("sourceLine").GetInt32() == 60);
        Assert.Equal(JsonValueKind.Null, line60.GetProperty("visitingCountry").ValueKind);
        Assert.Equal(JsonValueKind.Null, line60.GetProperty("hostCountry").ValueKind);
        Assert.Equal(4, line60.GetProperty("people").GetArrayLength());
    }

    [Fact]
    public async Task Filters_combine()
    {
        var hungarianIn2012 = await _client.GetFromJsonAsync<JsonElement[]>("/api/visits?year=2012&visiting=hungary");
        Assert.Equal(new[] { 36, 30, 57 }.Order(), hungarianIn2012!.Select(v => v.GetProperty("sourceLine").GetInt32()).Order());
        var byPerson = await _client.GetFromJsonAsync<JsonElement[]>("/api/visits?person=peter-szijjarto");
        Assert.Equal(new[] { 57, 64, 66 }, byPerson!.Select(v => v.GetProperty("sourceLine").GetInt32()).Order());
        var byLevel = await _client.GetFromJsonAsync<JsonElement[]>("/api/visits?level=heads-of-state");
        Assert.Equal(5, byLevel!.Length);
        Assert.All(byLevel, v => Assert.Equal("heads-of-state", v.GetProperty("tier").GetString()));
        Assert.All(byLevel, v => Assert.Equal("Head of States", v.GetProperty("level").GetString())); // the heading as the article writes it
        var byText = await _client.GetFromJsonAsync<JsonElement[]>("/api/visits?q=Szijjarto");
        Assert.Equal(3, byText!.Length);
    }

    [Fact]
    public async Task A_visit_keeps_its_title_purpose_and_source_text()
    {
        var visits = await _client.GetFromJsonAsync<JsonElement[]>("/api/visits?year=2013&q=World%20Economic%20Forum");
        var v = Assert.Single(visits!);
        Assert.Equal("for participating at the World Economic Forum", v.GetProperty("purpose").GetString());
        Assert.StartsWith("- 7–8 April 2013 - Minister of National Development Zsuzsa Nemeth", v.GetProperty("sourceText").GetString());
        Assert.Equal("Minister of National Development", v.GetProperty("people")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Relations_list_names_both_countries()
    {
        var relations = await _client.GetFromJsonAsync<JsonElement[]>("/api/relations");
        var r = Assert.Single(relations!);
        Assert.Equal("azerbaijan-hungary-relations", r.GetProperty("slug").GetString());
        Assert.Equal(["Azerbaijan", "Hungary"], r.GetProperty("countries").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Missions_have_cities_openings_and_ambassadors()
    {
        var missions = await _client.GetFromJsonAsync<JsonElement[]>("/api/missions");
        var inBaku = Assert.Single(missions!, m => m.GetProperty("city").GetString() == "Baku");
        Assert.Equal("Hungary", inBaku.GetProperty("sendingCountry").GetString());
        Assert.Equal("2009-01-12", inBaku.GetProperty("opened").GetString());
        var ambassador = Assert.Single(inBaku.GetProperty("ambassadors").EnumerateArray());
        Assert.Equal("Zsolt Cutora", ambassador.GetProperty("name").GetString());
        Assert.Equal("2010-12-14", ambassador.GetProperty("since").GetString());
        var inBudapest = Assert.Single(missions!, m => m.GetProperty("city").GetString() == "Budapest");
        Assert.Equal("2004-09-01", inBudapest.GetProperty("opened").GetString());
        Assert.Equal("month", inBudapest.GetProperty("openedPrecision").GetString());
        Assert.Equal("Vilayat Guliyev", inBudapest.GetProperty("ambassadors")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Strategic_partnership_agreement_is_dated_11_November_2014()
    {
        var agreements = await _client.GetFromJsonAsync<JsonElement[]>("/api/agreements");
        var strategic = Assert.Single(agreements!, a => a.GetProperty("title").GetString()!.Contains("strategic partnership", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("2014-11-11", strategic.GetProperty("date").GetString());
        Assert.Equal("day", strategic.GetProperty("precision").GetString());
        Assert.Equal(74, strategic.GetProperty("sourceLine").GetInt32());
    }

    [Fact]
    public async Task Both_sister_city_pairs_are_listed_with_countries()
    {
        var pairs = await _client.GetFromJsonAsync<JsonElement[]>("/api/sister-cities");
        Assert.Equal(2, pairs!.Length);
        Assert.Contains(pairs, p => p.GetProperty("city").GetString() == "Gyöngyös" && p.GetProperty("countryIso3").GetString() == "HUN"
            && p.GetProperty("partnerCity").GetString() == "Shusha" && p.GetProperty("partnerCountryIso3").GetString() == "AZE");
        Assert.Contains(pairs, p => p.GetProperty("city").GetString() == "Tiszavasvári" && p.GetProperty("partnerCity").GetString() == "Aghdam");
    }

    [Fact]
    public async Task People_are_merged_across_spellings()
    {
        var people = await _client.GetFromJsonAsync<JsonElement[]>("/api/people");
        var szijjarto = Assert.Single(people!, p => p.GetProperty("slug").GetString() == "peter-szijjarto");
        Assert.Equal("Péter Szijjártó", szijjarto.GetProperty("name").GetString());
        Assert.Contains("Peter Sijjarto", szijjarto.GetProperty("spellings").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(3, szijjarto.GetProperty("visits").GetInt32());
        Assert.Equal("HUN", szijjarto.GetProperty("countryIso3").GetString());
    }

    [Fact]
    public async Task Events_and_diagnostics_are_served()
    {
        var events = await _client.GetFromJsonAsync<JsonElement[]>("/api/events");
        Assert.Contains(events!, e => e.GetProperty("startDate").GetString() == "1991-12-26" && e.GetProperty("kind").GetString() == "Recognition");
        var response = await _client.GetAsync("/api/diagnostics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static string? Iso(JsonElement e, string name) =>
        e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).GetString();
}
