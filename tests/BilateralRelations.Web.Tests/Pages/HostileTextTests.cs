using System.Net.Http.Json;
using System.Text.Json;
using BilateralRelations.Web.Tests.Support;

namespace BilateralRelations.Web.Tests.Pages;

/// <summary>An article written to attack the site: its text must come out inert on every page and in every export.</summary>
public sealed class HostileTextTests : IClassFixture<HostileTextTests.HostileSite>
{
    public sealed class HostileSite : SiteFactory
    {
        public HostileSite() : base(Write())
        {
        }

        private static string Write()
        {
            var path = Path.Combine(Path.GetTempPath(), "georgia-poland-relations.txt");
            File.WriteAllText(path, """
                = Georgia–Poland relations <script>alert('title')</script> =

                Georgia has an embassy in Warsaw. <img src=x onerror=alert(1)> [click](javascript:alert(1)) <javascript:alert(2)> ![x](http://evil.example/x.png)

                == Visits <b>bold</b> ==
                - 12 May 2015 - Prime Minister of Poland Ewa <script>alert(3)</script>Kopacz paid an official visit to Georgia
                - 13 May 2016 - =HYPERLINK("http://evil.example") President of Georgia Giorgi Margvelashvili visit "quoted", with comma
                - 14 May 2017 - @SUM(1) President Andrzej Duda" onmouseover="alert(4) visit

                == Events ==
                On 1 June 2018 the <iframe src="javascript:alert(5)"></iframe> forum was held.
                """);
            return path;
        }
    }

    private readonly HttpClient _client;

    public HostileTextTests(HostileSite site) => _client = site.CreateClient();

    public static TheoryData<string> Pages() => new()
    {
        "/", "/relations/georgia-poland-relations", "/relations/georgia-poland-relations/article", "/visits", "/visits/2015", "/timeline",
        "/agreements", "/missions", "/sister-cities", "/memberships", "/people", "/countries", "/countries/georgia", "/diagnostics",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task No_page_contains_markup_from_the_article(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
        var html = await response.Content.ReadAsStringAsync();
        var page = await Html.ParseAsync(response);
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
        Assert.Empty(page.QuerySelectorAll("iframe, img, b, [onerror], [onmouseover]"));
        Assert.DoesNotContain(page.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_text_is_still_shown_as_text()
    {
        var page = await _client.GetPageAsync("/relations/georgia-poland-relations/article");
        Assert.Contains("<img src=x onerror=alert(1)>", page.QuerySelector("#L3")!.TextContent);
        var visits = await _client.GetPageAsync("/visits");
        Assert.Contains("<script>", visits.QuerySelector("table.visits")!.TextContent + visits.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task The_timeline_axis_draws_article_text_as_text()
    {
        var html = await _client.GetStringAsync("/timeline");
        var page = await _client.GetPageAsync("/timeline");
        var svg = page.QuerySelector("svg.tl-axis")!;
        Assert.DoesNotContain(svg.QuerySelectorAll("*"), e => e.LocalName is not ("title" or "rect" or "g" or "line" or "text" or "tspan" or "a"));
        Assert.Contains(svg.QuerySelectorAll("a.tl-mark title"), t => t.TextContent.Contains("<iframe", StringComparison.Ordinal) || t.TextContent.Contains("<script>", StringComparison.Ordinal));
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.All(svg.QuerySelectorAll("a"), a => Assert.Matches("^/(relations/georgia-poland-relations/article#L[0-9]+|timeline\\?)", a.GetAttribute("href")));
    }

    [Fact]
    public async Task Markdown_in_the_article_is_not_read_as_markup_but_shown_as_written()
    {
        var line = (await _client.GetPageAsync("/relations/georgia-poland-relations/article")).QuerySelector("#L3")!;
        Assert.Contains("[click](javascript:alert(1)) <javascript:alert(2)> ![x](http://evil.example/x.png)", line.TextContent, StringComparison.Ordinal);
        Assert.Equal(["#L3"], line.QuerySelectorAll("a").Select(a => a.GetAttribute("href"))); // the line number, no other link
    }

    [Fact]
    public async Task Json_escapes_and_csv_neutralises_formulas()
    {
        var json = await _client.GetStringAsync("/api/diagnostics");
        Assert.DoesNotContain("<script>", json);
        var diagnostics = JsonSerializer.Deserialize<JsonElement[]>(json)!;
        Assert.Contains(diagnostics, d => d.GetProperty("lineText").GetString()!.Contains("<script>alert(3)</script>"));
        var visits = await _client.GetStringAsync("/api/visits");
        Assert.Contains("=HYPERLINK", visits);
        var csv = await _client.GetStringAsync("/visits.csv");
        foreach (var cell in csv.Split(["\r\n"], StringSplitOptions.RemoveEmptyEntries).Skip(1).SelectMany(SplitCsv))
        {
            Assert.False(cell.Length > 0 && "=+-@".Contains(cell[0]), $"cell starts a formula: {cell}");
        }
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        foreach (var url in new[] { "/", "/api/visits", "/visits.csv", "/css/site.css", "/nope", "/visits?year=abc" })
        {
            var response = await _client.GetAsync(url);
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("default-src 'self'", csp);
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.True(response.Headers.Contains("Referrer-Policy"), url);
            Assert.True(response.Headers.Contains("Permissions-Policy"), url);
        }
    }

    [Theory]
    [InlineData("POST", "/visits")]
    [InlineData("PUT", "/api/visits")]
    [InlineData("DELETE", "/api/visits")]
    [InlineData("POST", "/api/relations")]
    public async Task The_site_is_read_only(string method, string url)
    {
        var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
        Assert.Equal(System.Net.HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private static IEnumerable<string> SplitCsv(string line)
    {
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { current.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { cells.Add(current.ToString()); current.Clear(); }
            else { current.Append(c); }
        }
        cells.Add(current.ToString());
        return cells;
    }
}
