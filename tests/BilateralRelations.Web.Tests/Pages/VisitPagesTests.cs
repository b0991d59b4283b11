using System.Text;
using BilateralRelations.Web.Tests.Support;

namespace BilateralRelations.Web.Tests.Pages;

public sealed class VisitPagesTests(SeedSite site) : IClassFixture<SeedSite>
{
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task Every_years_count_is_the_number_of_its_rows()
    {
        // The count of a year (and of every visit) comes from the year spans read once per data version; the CSV
        // streams the rows from SQL.
        static int Rows(string csv) => csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1;
        var all = Rows(await _client.GetStringAsync("/visits.csv"));
        Assert.Contains($"{all} visits", (await _client.GetPageAsync("/visits")).QuerySelector(".count")!.TextContent);
        var counted = 0;
        for (var year = 1990; year <= 2026; year++)
        {
            var rows = Rows(await _client.GetStringAsync($"/visits.csv?year={year}"));
            var count = (await _client.GetPageAsync($"/visits?year={year}")).QuerySelector(".count")!.TextContent;
            Assert.Contains(rows == 1 ? $"1 visit in {year}" : $"{rows} visits in {year}", count);
            counted += rows;
        }
        Assert.True(counted >= all, $"{counted} visits counted by year, {all} in all");
    }

    [Theory]
    [InlineData("/visits?year=2013")]
    [InlineData("/visits/2013")]
    public async Task Year_page_lists_exactly_the_seven_visits_of_2013(string url)
    {
        var page = await _client.GetPageAsync(url);
        var rows = page.QuerySelectorAll("table.visits tbody tr");
        Assert.Equal(7, rows.Length);
        Assert.Contains("7 visits in 2013", page.QuerySelector(".count")!.TextContent);
        Assert.Equal("Visits in 2013", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(["59", "60", "61", "37", "38", "62", "63"], rows.Select(r => r.QuerySelector(".source-link")!.TextContent.Replace("line ", "")));
    }

    [Fact]
    public async Task Year_page_links_to_the_previous_and_next_years_with_visits()
    {
        var page = await _client.GetPageAsync("/visits/2004");
        Assert.Equal("/visits?year=1998", page.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/visits?year=2006", page.QuerySelector("a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Dates_are_formatted_for_people_with_machine_values()
    {
        var page = await _client.GetPageAsync("/visits");
        var times = page.QuerySelectorAll("table.visits td.date time").ToList();
        Assert.Equal(41, times.Count);
        Assert.Contains(times, t => t.TextContent == "4–5 Dec 1994" && t.GetAttribute("datetime") == "1994-12-04");
        Assert.Contains(times, t => t.TextContent == "Feb 1997" && t.GetAttribute("datetime") == "1997-02");
        Assert.Contains(times, t => t.TextContent == "29 Jun – 1 Jul 2012");
    }

    [Fact]
    public async Task Direction_says_when_the_country_is_not_stated()
    {
        var page = await _client.GetPageAsync("/visits?year=2013");
        var row60 = page.QuerySelectorAll("table.visits tbody tr").Single(r => r.QuerySelector(".source-link")!.TextContent == "line 60");
        Assert.Contains("direction not stated", row60.TextContent);
        var row61 = page.QuerySelectorAll("table.visits tbody tr").Single(r => r.QuerySelector(".source-link")!.TextContent == "line 61");
        Assert.Equal(["Azerbaijan", "Hungary"], row61.QuerySelectorAll("a.country").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public async Task Sort_descending_reverses_the_order()
    {
        var page = await _client.GetPageAsync("/visits?sort=desc");
        var first = page.QuerySelector("table.visits tbody tr td.date time")!.GetAttribute("datetime");
        Assert.Equal("2014-11-11", first);
    }

    [Fact]
    public async Task Empty_result_helps_the_user()
    {
        var page = await _client.GetPageAsync("/visits?year=2000");
        Assert.Contains("0 visits in 2000", page.QuerySelector(".count")!.TextContent);
        Assert.NotNull(page.QuerySelector(".empty a[href='/visits']"));
        Assert.Null(page.QuerySelector("table.visits"));
    }

    [Fact]
    public async Task Csv_has_exactly_the_rows_of_the_filtered_page()
    {
        var response = await _client.GetAsync("/visits.csv?year=2013");
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("slug,relation,start_date,end_date,precision,duration_days,visiting_country_iso3,host_country_iso3", lines[0]);
        Assert.Equal(8, lines.Length);
        var page = await _client.GetPageAsync("/visits?year=2013");
        var pageSlugs = page.QuerySelectorAll("table.visits tbody tr").Select(r => r.Id!["visit-".Length..]);
        Assert.Equal(pageSlugs, lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.Contains(lines, l => l.StartsWith("2013-05-17-o-shiraliyev,azerbaijan-hungary-relations,2013-05-17,2013-05-17,day,1,AZE,HUN,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("2013-04-07-zsuzsa-nemeth,azerbaijan-hungary-relations,2013-04-07,2013-04-08,day,2,,,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Visit_detail_shows_every_field_and_links_to_its_source_line()
    {
        var page = await _client.GetPageAsync("/visits/1994-12-04-heydar-aliyev");
        Assert.Equal("Heydar Aliyev", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("4–5 December 1994", page.QuerySelector(".subtitle")!.TextContent);
        var facts = page.QuerySelector("dl.facts")!.TextContent;
        Assert.Contains("President of Azerbaijan", facts);
        Assert.Contains("Head of States", facts);
        Assert.Contains("working", facts);
        Assert.Contains("4–5 December 1994 (day precision, 2 days)", facts);
        Assert.DoesNotContain("@", facts);
        Assert.Equal("- 4–5 December 1994 - President of Azerbaijan Heydar Aliyev's working visit", page.QuerySelector("blockquote p")!.TextContent);
        Assert.Equal("/relations/azerbaijan-hungary-relations/article#L20", page.QuerySelector(".quote figcaption a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Visit_permalinks_never_clash_with_year_pages()
    {
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await _client.GetAsync("/visits/1994-12-04-nobody")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await _client.GetAsync("/visits/1994")).StatusCode);
    }
}
