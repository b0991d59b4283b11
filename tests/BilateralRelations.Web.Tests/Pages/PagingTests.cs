using System.Text;
using BilateralRelations.Web.Tests.Support;

namespace BilateralRelations.Web.Tests.Pages;

/// <summary>Long lists are paged; the CSV still carries every filtered row, the API a hundred at a time like the pages.</summary>
public sealed class PagingTests : IClassFixture<PagingTests.ManyVisitsSite>
{
    public sealed class ManyVisitsSite : SiteFactory
    {
        public ManyVisitsSite() : base(VisitsArticle.Write(Enumerable.Range(0, 150).Select(i =>
            $"- {i % 28 + 1} {(i % 2 == 0 ? "May" : "June")} {2000 + i / 10} - President of Hungary Anna{(char)('a' + i % 26)} Berg{(char)('a' + i / 26)} visit")))
        {
        }
    }

    private readonly HttpClient _client;

    public PagingTests(ManyVisitsSite site) => _client = site.CreateClient();

    [Fact]
    public async Task The_list_shows_a_hundred_rows_a_page_and_counts_them_all()
    {
        var first = await _client.GetPageAsync("/visits");
        Assert.Equal(100, first.QuerySelectorAll("table.visits tbody tr").Length);
        Assert.Contains("150 visits", first.QuerySelector(".count")!.TextContent);
        Assert.Equal("Page 1 of 2", first.QuerySelector(".pager span")!.TextContent);
        var next = first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href");
        Assert.Equal("/visits?page=2", next);

        var second = await _client.GetPageAsync(next!);
        Assert.Equal(50, second.QuerySelectorAll("table.visits tbody tr").Length);
        var firstSlugs = first.QuerySelectorAll("table.visits tbody tr").Select(r => r.Id);
        Assert.Empty(second.QuerySelectorAll("table.visits tbody tr").Select(r => r.Id).Intersect(firstSlugs));
    }

    [Fact]
    public async Task The_csv_has_every_filtered_row_whatever_the_page()
    {
        var csv = Encoding.UTF8.GetString(await _client.GetByteArrayAsync("/visits.csv?page=2"));
        Assert.Equal(151, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task The_api_answers_a_hundred_visits_by_default_and_links_to_the_rest()
    {
        var first = await _client.GetAsync("/api/visits");
        var rows = System.Text.Json.JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement.GetArrayLength();

        Assert.Equal(100, rows);
        Assert.Equal("150", first.Headers.GetValues("X-Total-Count").Single());
        var link = first.Headers.GetValues("Link").Single();
        Assert.StartsWith("</api/visits?limit=100&cursor=", link, StringComparison.Ordinal);
        var second = await _client.GetStringAsync(link[1..link.IndexOf('>', StringComparison.Ordinal)]);
        Assert.Equal(50, System.Text.Json.JsonDocument.Parse(second).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task A_page_out_of_range_is_a_400()
    {
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await _client.GetAsync("/visits?page=0")).StatusCode);
    }
}

/// <summary>The people are a list like the others, a hundred a page (issue 13: a large corpus names thousands).</summary>
public sealed class PeoplePagingTests(PeoplePagingTests.ManyPeopleSite site) : IClassFixture<PeoplePagingTests.ManyPeopleSite>
{
    /// <summary>150 visits, each of someone else: ten first names by fifteen surnames, none a misspelling of another.</summary>
    public sealed class ManyPeopleSite : SiteFactory
    {
        private static readonly string[] s_first = ["Anna", "Bela", "Csaba", "Dora", "Erik", "Ferenc", "Gabor", "Hanna", "Istvan", "Janos"];
        private static readonly string[] s_last = ["Kovacs", "Horvath", "Toth", "Szabo", "Nagy", "Varga", "Kiss", "Molnar", "Nemeth",
            "Farkas", "Balogh", "Papp", "Takacs", "Juhasz", "Lakatos"];

        public ManyPeopleSite() : base(VisitsArticle.Write(Enumerable.Range(0, 150).Select(i =>
            $"- {i % 28 + 1} May {2000 + i / 10} - Minister of Hungary {s_first[i % 10]} {s_last[i / 10]} visit")))
        {
        }
    }

    [Fact]
    public async Task The_people_are_listed_a_hundred_a_page_and_counted_all()
    {
        var client = site.CreateClient();
        var first = await client.GetPageAsync("/people");
        Assert.Equal(100, first.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("150 people, page 1 of 2", first.QuerySelector("caption")!.TextContent);
        Assert.Equal("/people?page=2", first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));

        var second = await client.GetPageAsync("/people?page=2");
        var names = (AngleSharp.Dom.IDocument page) => page.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.GetAttribute("href"));
        Assert.Equal(50, names(second).Count());
        Assert.Empty(names(second).Intersect(names(first)));
        var past = await client.GetPageAsync("/people?page=3");
        Assert.Empty(past.QuerySelectorAll("tbody tr"));
        Assert.NotNull(past.QuerySelector("p.empty a[href='/people']"));
        Assert.Null(past.QuerySelector(".pager")); // no "page 3 of 2" with a way to page 2 that is not there either
    }

    [Fact]
    public async Task A_page_out_of_range_is_a_400()
    {
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await site.CreateClient().GetAsync("/people?page=0")).StatusCode);
    }
}

/// <summary>A person's page lists a list page of their visits at most, and links to all of them (issue 13: bounded pages).</summary>
public sealed class PersonPageBoundTests : IClassFixture<PersonPageBoundTests.OneTravellerSite>
{
    public sealed class OneTravellerSite : SiteFactory
    {
        private static readonly string[] s_months = ["March", "May", "June", "October"];

        public OneTravellerSite() : base(VisitsArticle.Write(Enumerable.Range(0, 130).Select(i =>
            $"- {i % 28 + 1} {s_months[i % 4]} {1990 + i / 4} - President of Hungary Anna Berg visit")))
        {
        }
    }

    private readonly HttpClient _client;

    public PersonPageBoundTests(OneTravellerSite site) => _client = site.CreateClient();

    [Fact]
    public async Task The_page_shows_the_first_hundred_visits_says_so_and_links_to_every_one()
    {
        var page = await _client.GetPageAsync("/people/anna-berg");

        var rows = page.QuerySelectorAll("table.visits tbody tr").Select(r => r.QuerySelector("time")!.GetAttribute("datetime")).ToList();
        Assert.Equal(100, rows.Count);
        Assert.Equal("1990-03-01", rows[0]);
        Assert.Equal(rows.Order(StringComparer.Ordinal), rows);
        Assert.Equal("The first 100 of 130 visits", page.QuerySelector("table.visits caption")!.TextContent);
        var all = page.QuerySelectorAll("a").Single(a => a.TextContent.StartsWith("All 130 visits of Anna Berg", StringComparison.Ordinal));
        Assert.Equal("/visits?person=anna-berg", all.GetAttribute("href"));

        var list = await _client.GetPageAsync(all.GetAttribute("href")!);
        Assert.Contains("130 visits", list.QuerySelector(".count")!.TextContent);
    }
}

/// <summary>An article of the seed's relation with only a list of visits, in a folder of its own.</summary>
internal static class VisitsArticle
{
    public static string Write(IEnumerable<string> visitLines)
    {
        var path = Path.Combine(Path.GetTempPath(), $"visits-{Guid.NewGuid():n}", "azerbaijan-hungary-relations.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "= Azerbaijan–Hungary relations =\n== Visits ==\n" + string.Join('\n', visitLines) + "\n");
        return path;
    }
}
