using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using BilateralRelations.Web.Tests.Support;

namespace BilateralRelations.Web.Tests.Pages;

/// <summary>
/// /timeline's time axis, read from the SVG the server draws: years to scale, the zoom window, density past the
/// bound, every mark leading to its source line, bounded pages, and the 400 page for windows that make no sense.
/// </summary>
public sealed partial class TimelineAxisTests(SeedSite seed, TimelineAxisTests.CrowdedSite crowded)
    : IClassFixture<SeedSite>, IClassFixture<TimelineAxisTests.CrowdedSite>
{
    /// <summary>One relation with 480 dated visits over 1995–2018 and none in 2003–2005: more than the axis draws one by one.</summary>
    public sealed class CrowdedSite : SiteFactory
    {
        public const int Visits = 480;

        public CrowdedSite() : base(Write())
        {
        }

        private static string Write()
        {
            var text = new StringBuilder("= Georgia–Poland relations =\n\n== Official visits ==\n");
            var months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;
            for (var i = 0; i < Visits; i++)
            {
                var year = 1995 + i / 24;
                year += year >= 2003 ? 3 : 0;
                text.Append(CultureInfo.InvariantCulture, $"- {i % 2 * 14 + 1} {months[i / 2 % 12]} {year} – President of Poland Andrzej Duda paid an official visit to Georgia\n");
            }
            return TestFiles.Written("georgia-poland-relations.txt", text.ToString());
        }
    }

    private const int OneMegabyte = 1024 * 1024;
    private readonly HttpClient _seed = seed.CreateClient();
    private readonly HttpClient _crowded = crowded.CreateClient();

    [GeneratedRegex(@"^/relations/azerbaijan-hungary-relations/article#L(\d+)$")]
    private static partial Regex SourceLine();

    [GeneratedRegex(@": ([\d,]+) facts?$")]
    private static partial Regex BinCount();

    private static double Number(IElement e, string attribute) => double.Parse(e.GetAttribute(attribute)!, CultureInfo.InvariantCulture);

    private static double TickX(IElement svg, int year) => Number(svg.QuerySelector($"line.tl-tick[data-year='{year}']")!, "x1");

    /// <summary>Where the axis says a date sits: each year the same width, each day its share of its year.</summary>
    private static double ExpectedX(IElement svg, DateOnly date) =>
        Number(svg, "data-plot-left") + (date.Year - Number(svg, "data-from") + (date.DayOfYear - 1) / (DateTime.IsLeapYear(date.Year) ? 366.0 : 365.0)) * Number(svg, "data-year-width");

    private static DateOnly DateOf(IElement mark) => DateOnly.ParseExact(mark.GetAttribute("data-date")!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Years_are_drawn_to_scale_so_the_gap_between_1998_and_2004_shows()
    {
        var svg = (await _seed.GetPageAsync("/timeline")).QuerySelector("svg.tl-axis")!;
        var year = TickX(svg, 1999) - TickX(svg, 1998);

        Assert.InRange(year, 20, 200);
        Assert.InRange(TickX(svg, 2004) - TickX(svg, 1998), 6 * year - 1, 6 * year + 1);
        Assert.InRange(TickX(svg, 1992) - TickX(svg, 1991), year - 1, year + 1);
        var marks = svg.QuerySelectorAll("a.tl-mark").ToList();
        Assert.All(marks, m => Assert.InRange(Number(m.QuerySelector("rect")!, "x"), ExpectedX(svg, DateOf(m)) - 1, ExpectedX(svg, DateOf(m)) + 1));
        // 1998's visit and the first fact of 2004 are as far apart as their dates, and nothing is drawn between them.
        var (last1998, first2004) = (marks.Single(m => DateOf(m).Year == 1998), marks.Where(m => DateOf(m).Year == 2004).MinBy(DateOf)!);
        var days = DateOf(first2004).DayNumber - DateOf(last1998).DayNumber;
        Assert.InRange(Number(first2004.QuerySelector("rect")!, "x") - Number(last1998.QuerySelector("rect")!, "x"), days / 365.25 * year - 1.5, days / 365.25 * year + 1.5);
        Assert.DoesNotContain(marks, m => DateOf(m).Year is > 1998 and < 2004);
    }

    [Fact]
    public async Task Tick_labels_step_by_the_span_so_they_stay_legible()
    {
        foreach (var (url, minimumGap) in new[] { ("/timeline", 40.0), ("/timeline?from=2007&to=2009", 40.0), ("/timeline?from=1000&to=2999", 40.0) })
        {
            var svg = (await _seed.GetPageAsync(url)).QuerySelector("svg.tl-axis")!;
            var labels = svg.QuerySelectorAll("text.tl-tick-label").Select(t => (X: Number(t, "x"), Y: Number(t, "y"))).Where(t => t.Y < 20).Select(t => t.X).ToList();
            Assert.True(labels.Count >= 3, url);
            Assert.All(labels.Zip(labels.Skip(1)), pair => Assert.True(pair.Second - pair.First >= minimumGap, $"{url}: labels {pair.Second - pair.First} apart"));
        }
    }

    [Fact]
    public async Task Zooming_by_url_draws_and_lists_only_the_window()
    {
        var page = await _seed.GetPageAsync("/timeline?from=2007&to=2009");
        var svg = page.QuerySelector("svg.tl-axis")!;
        var (left, right) = (Number(svg, "data-plot-left"), Number(svg, "data-plot-right"));
        var marks = svg.QuerySelectorAll("a.tl-mark").ToList();
        var listed = page.QuerySelectorAll(".timeline-item .when time").Select(t => int.Parse(t.GetAttribute("datetime")![..4], CultureInfo.InvariantCulture)).ToList();
        var api = JsonSerializer.Deserialize<JsonElement[]>(await _seed.GetStringAsync("/api/timeline?from=2007&to=2009"))!;

        Assert.Equal("Timeline 2007–2009", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(("2007", "2009"), (svg.GetAttribute("data-from"), svg.GetAttribute("data-to")));
        Assert.Equal(14, marks.Count);
        Assert.Equal(marks.Count, listed.Count);
        Assert.Equal(marks.Count, api.Length);
        Assert.All(marks, m => Assert.InRange(DateOf(m).Year, 2007, 2009));
        Assert.All(listed, y => Assert.InRange(y, 2007, 2009));
        Assert.All(api, i => Assert.InRange(int.Parse(i.GetProperty("startDate").GetString()![..4], CultureInfo.InvariantCulture), 2007, 2009));
        Assert.All(marks.Select(m => m.QuerySelector("rect")!), r => Assert.True(Number(r, "x") >= left && Number(r, "x") + Number(r, "width") <= right + .1));
        Assert.InRange(Number(svg, "data-year-width"), (right - left) / 3 - .1, (right - left) / 3 + .1);
        Assert.Equal(["2007", "2008", "2009"], svg.QuerySelectorAll("text.tl-tick-label").Select(t => t.TextContent).Distinct());
        Assert.Contains("14 dated facts in 2007–2009", page.QuerySelector(".count")!.TextContent);
    }

    [Fact]
    public async Task Zoom_links_are_made_on_the_server_and_keep_the_filters()
    {
        var page = await _seed.GetPageAsync("/timeline?kind=Visit&from=2007&to=2009");
        var links = page.QuerySelectorAll("nav.tl-zoom a").Select(a => (Text: a.TextContent.Trim(), Href: a.GetAttribute("href")!)).ToList();

        Assert.Contains(("Whole span 1994–2014", "/timeline?kind=Visit"), links);
        Assert.Contains(("2000s", "/timeline?kind=Visit&from=2000&to=2009"), links);
        Assert.Contains(("1990s", "/timeline?kind=Visit&from=1990&to=1999"), links);
        Assert.Contains(("← 2004–2006", "/timeline?kind=Visit&from=2004&to=2006"), links);
        Assert.Contains(("2010–2012 →", "/timeline?kind=Visit&from=2010&to=2012"), links);
        Assert.Contains(("2008", "/timeline?kind=Visit&from=2008&to=2008"), links);
        Assert.Contains(links, l => l.Text.StartsWith("Zoom out", StringComparison.Ordinal) && l.Href.Contains("from=2004&to=2012", StringComparison.Ordinal));
        Assert.All(links, l => Assert.StartsWith("/timeline?kind=Visit", l.Href));
        Assert.All(page.QuerySelectorAll("svg.tl-overview a"), a => Assert.StartsWith("/timeline?kind=Visit&from=", a.GetAttribute("href")));
        var year = await _seed.GetPageAsync("/timeline?kind=Visit&from=2008&to=2008");
        Assert.All(year.QuerySelectorAll("svg.tl-axis a.tl-mark"), m => Assert.Equal(2008, DateOf(m).Year));
        Assert.Equal(12, year.QuerySelectorAll("svg.tl-axis text.tl-month-label").Length);
    }

    [Fact]
    public async Task Every_mark_leads_to_its_source_line_and_is_named_by_its_date_and_text()
    {
        var page = await _seed.GetPageAsync("/timeline");
        var article = await _seed.GetPageAsync("/relations/azerbaijan-hungary-relations/article");
        var marks = page.QuerySelectorAll("svg.tl-axis a.tl-mark").ToList();
        var items = page.QuerySelectorAll("li.timeline-item").ToList();

        Assert.Equal("marks", page.QuerySelector("svg.tl-axis")!.GetAttribute("data-mode"));
        Assert.Equal(items.Count, marks.Count);
        Assert.All(marks, mark =>
        {
            var line = SourceLine().Match(mark.GetAttribute("href")!);
            Assert.True(line.Success, mark.GetAttribute("href"));
            Assert.NotNull(article.GetElementById("L" + line.Groups[1].Value));
            var name = mark.QuerySelector("title")!.TextContent;
            Assert.EndsWith($"source line {line.Groups[1].Value}", name);
            Assert.Contains(DateOf(mark).Year.ToString(CultureInfo.InvariantCulture), name);
        });
        // The marks and the list hold the same facts from the same lines.
        Assert.Equal(items.Select(i => i.QuerySelector(".source-link")!.GetAttribute("href")).Order(), marks.Select(m => m.GetAttribute("href")).Order());
        var heydar = marks.Single(m => m.QuerySelector("title")!.TextContent.StartsWith("4–5 December 1994", StringComparison.Ordinal));
        Assert.Contains("Heydar Aliyev", heydar.QuerySelector("title")!.TextContent);
    }

    [Fact]
    public async Task Visits_of_one_relation_have_a_lane_per_direction_and_every_kind_its_lane()
    {
        var svg = (await _seed.GetPageAsync("/timeline")).QuerySelector("svg.tl-axis")!;
        var lanes = svg.QuerySelectorAll("g.tl-lane").Select(g => g.QuerySelector("text.tl-lane-label")!.TextContent).ToList();

        Assert.Equal(7, lanes.Count);
        Assert.StartsWith("Visits Azerbaijan → Hungary", lanes[0]);
        Assert.StartsWith("Visits Hungary → Azerbaijan", lanes[1]);
        Assert.StartsWith("Visits, direction not stated · 9", lanes[2]);
        Assert.Contains(lanes, l => l.StartsWith("Agreements", StringComparison.Ordinal));
        Assert.Contains(lanes, l => l.StartsWith("Events", StringComparison.Ordinal));
        var visits = svg.QuerySelectorAll("g.tl-visit-a a.tl-mark, g.tl-visit-b a.tl-mark, g.tl-visit-none a.tl-mark").Length;
        Assert.Equal(41, visits);
    }

    [Fact]
    public async Task The_list_says_which_years_hold_no_dated_facts()
    {
        var page = await _seed.GetPageAsync("/timeline");
        var entries = page.QuerySelectorAll("ol.timeline > li").Select(li => li.ClassList.Contains("timeline-gap") ? li.TextContent.Trim() : li.Id).ToList();

        Assert.Equal(["y1991", "y1992", "No dated facts in 1993", "y1994", "No dated facts 1995–1996", "y1997", "y1998", "No dated facts 1999–2003", "y2004"], entries.Take(9));
        var window = await _seed.GetPageAsync("/timeline?from=2000&to=2005");
        Assert.Equal("No dated facts 2000–2003", window.QuerySelector("ol.timeline > li")!.TextContent.Trim());
        Assert.Equal("No dated facts in 2005", window.QuerySelectorAll("ol.timeline > li").Last().TextContent.Trim());
    }

    [Fact]
    public async Task Past_the_bound_the_axis_draws_density_and_the_list_is_paged()
    {
        var response = await _crowded.GetAsync("/timeline");
        var html = await response.Content.ReadAsStringAsync();
        var page = await Html.ParseAsync(response);
        var svg = page.QuerySelector("svg.tl-axis")!;
        var bins = svg.QuerySelectorAll(".tl-bin").ToList();

        Assert.Equal("density", svg.GetAttribute("data-mode"));
        Assert.Empty(svg.QuerySelectorAll("a.tl-mark"));
        Assert.Equal(CrowdedSite.Visits, bins.Sum(b => int.Parse(BinCount().Match(b.QuerySelector("title")!.TextContent).Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)));
        Assert.All(bins.Select(b => b.GetAttribute("href")), href => Assert.Matches(@"^/timeline\?from=\d{4}&to=\d{4}$", href));
        Assert.DoesNotContain(bins, b => Regex.IsMatch(b.QuerySelector("title")!.TextContent, ", 200[345]: "));
        Assert.Contains("too many to draw one by one", page.QuerySelector(".tl-density-note")!.TextContent);
        Assert.Equal(100, page.QuerySelectorAll("li.timeline-item").Length);
        Assert.Contains("Page 1 of 5", page.QuerySelector("nav.pager")!.TextContent);
        Assert.Equal("/timeline?page=2", page.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector(".tl-paged"));
        Assert.True(html.Length < OneMegabyte, $"{html.Length} bytes");

        var last = await _crowded.GetPageAsync("/timeline?page=5");
        Assert.Equal(80, last.QuerySelectorAll("li.timeline-item").Length);
        Assert.Null(last.QuerySelector("nav.pager a[rel=next]"));

        // A window under the bound is drawn fact by fact again.
        var zoomed = await _crowded.GetPageAsync("/timeline?from=2000&to=2002");
        Assert.Equal("marks", zoomed.QuerySelector("svg.tl-axis")!.GetAttribute("data-mode"));
        Assert.Equal(72, zoomed.QuerySelectorAll("svg.tl-axis a.tl-mark").Length);
        Assert.Equal(72, zoomed.QuerySelectorAll("li.timeline-item").Length);
    }

    [Fact]
    public async Task The_overview_marks_the_window_on_the_whole_span()
    {
        var page = await _seed.GetPageAsync("/timeline?from=2007&to=2009");
        var overview = page.QuerySelector("svg.tl-overview")!;
        var window = overview.QuerySelector("rect.tl-window")!;
        var width = double.Parse(overview.GetAttribute("viewBox")!.Split(' ')[2], CultureInfo.InvariantCulture);
        var year = width / (2015 - 1991 + 1);

        Assert.InRange(Number(window, "x"), (2007 - 1991) * year - 1, (2007 - 1991) * year + 1);
        Assert.InRange(Number(window, "width"), 3 * year - 1, 3 * year + 1);
        Assert.Equal(62, overview.QuerySelectorAll("a title").Sum(t => int.Parse(BinCount().Match(t.TextContent).Groups[1].Value, CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("/timeline?from=2010&to=2000", "from")]
    [InlineData("/timeline?from=abc", "from")]
    [InlineData("/timeline?from=99999", "from")]
    [InlineData("/timeline?to=0", "to")]
    [InlineData("/timeline?to=2007.5", "to")]
    [InlineData("/timeline?from=0x7D7", "from")]
    [InlineData("/timeline?from=-2000", "from")]
    [InlineData("/timeline?page=0", "page")]
    [InlineData("/timeline?page=abc", "page")]
    public async Task A_window_that_makes_no_sense_gets_the_400_page(string url, string parameter)
    {
        var response = await _seed.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains(parameter, page.QuerySelector("ul.problems")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Single(page.QuerySelectorAll("h1"));
    }

    [Fact]
    public async Task The_api_takes_the_same_window_and_the_same_400()
    {
        var response = await _seed.GetAsync("/api/timeline?from=2010&to=2000");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("From", out _));

        var all = JsonSerializer.Deserialize<JsonElement[]>(await _seed.GetStringAsync("/api/timeline"))!;
        var from2010 = JsonSerializer.Deserialize<JsonElement[]>(await _seed.GetStringAsync("/api/timeline?from=2010"))!;
        Assert.Equal(62, all.Length);
        Assert.Equal(all.Count(i => string.CompareOrdinal(i.GetProperty("startDate").GetString(), "2010") >= 0), from2010.Length);
    }

    [Fact]
    public async Task A_window_beyond_the_facts_is_drawn_empty_with_a_way_back()
    {
        var page = await _seed.GetPageAsync("/timeline?from=2050&to=2060");
        Assert.Equal("2050", page.QuerySelector("svg.tl-axis")!.GetAttribute("data-from"));
        Assert.Empty(page.QuerySelectorAll("a.tl-mark"));
        Assert.Contains("No dated facts in 2050–2060", page.QuerySelector(".tl-list .empty")!.TextContent);
        Assert.NotNull(page.QuerySelector(".tl-list .empty a[href='/timeline']"));
    }
}
