using System.Net;
using BilateralRelations.Web.Tests.Support;

namespace BilateralRelations.Web.Tests.Operations;

/// <summary>Mounted under a prefix behind a proxy (PathBase=/bilateral), every link, form and redirect stays under it (issue 9).</summary>
public sealed class PathBaseTests(PathBaseTests.Site site) : IClassFixture<PathBaseTests.Site>
{
    public sealed class Site : SiteFactory
    {
        public Site() : base(TestFiles.Seed, TestFiles.Golden("georgia-poland-relations.txt")) => Settings["PathBase"] = Base;
    }

    private const string Base = "/bilateral";

    [Fact]
    public async Task Every_link_and_form_on_the_main_pages_stays_under_the_path_base_and_answers()
    {
        var client = site.CreateClient();
        var pages = new[] { "/", "/visits", "/visits/2013", "/timeline", "/agreements", "/missions", "/sister-cities", "/memberships",
            "/people", "/countries", "/countries/hungary", "/relations", "/search?q=2013", "/downloads", "/diagnostics",
            "/relations/azerbaijan-hungary-relations", "/relations/azerbaijan-hungary-relations/article", "/compare?relation=azerbaijan-hungary-relations&relation=georgia-poland-relations" };
        var links = new HashSet<string>(StringComparer.Ordinal);
        // Then one page of every other shape they link to (a visit, a person, a country, an article's line, a list's
        // second page...): links written from data are where a path base is most easily left out.
        var shapes = new HashSet<string>(pages.Select(ShapeOf), StringComparer.Ordinal);
        var queue = new Queue<string>(pages.Select(p => Base + p));
        while (queue.TryDequeue(out var url))
        {
            var page = await client.GetPageAsync(url);
            foreach (var target in page.QuerySelectorAll("a[href], form[action]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("action")!))
            {
                if (target.StartsWith('#') || target.StartsWith("http", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }
                Assert.True(target.StartsWith(Base + "/", StringComparison.Ordinal), $"{url} links to {target}, outside {Base}");
                var link = target.Split('#')[0];
                links.Add(link);
                if (!link.Contains("/downloads/", StringComparison.Ordinal) && !link.Contains("/api/", StringComparison.Ordinal)
                    && !link.Contains(".csv", StringComparison.Ordinal) && shapes.Add(ShapeOf(link[Base.Length..])))
                {
                    queue.Enqueue(link);
                }
            }
        }

        // Each distinct address once: every one answers under the base (the downloads only by their headers).
        foreach (var link in links)
        {
            using var request = new HttpRequestMessage(link.Contains("/downloads/", StringComparison.Ordinal) ? HttpMethod.Head : HttpMethod.Get, link);
            var response = await client.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{link} answered {(int)response.StatusCode}");
        }
        Assert.True(links.Count > 50, $"only {links.Count} links were followed");
    }

    // A page's shape: its path's first and third segments as written, any other as * (a slug) or # (a number), and
    // its query's names ("/visits/2013-05-17-o-shiraliyev" is visits/*, "/visits/2013" visits/#, "/visits?page=2"
    // visits?page, "/relations/georgia-poland-relations/article" relations/*/article).
    private static string ShapeOf(string url)
    {
        var parts = url.Split('?', 2);
        var segments = parts[0].Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select((segment, i) => i == 0 || i == 2 ? segment : segment.All(char.IsAsciiDigit) ? "#" : "*");
        var names = parts.Length > 1 ? string.Join('&', parts[1].Split('&').Select(p => p.Split('=')[0]).Order(StringComparer.Ordinal)) : "";
        return $"{string.Join('/', segments)}?{names}";
    }

    [Fact]
    public async Task Redirects_stay_under_the_path_base()
    {
        var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var lower = await client.GetAsync(Base + "/Visits?year=2013");
        var switched = await client.GetAsync(Base + "/relations/switch?to=Visits&relation=georgia-poland-relations");

        Assert.Equal(Base + "/visits?year=2013", lower.Headers.Location!.OriginalString);
        Assert.StartsWith(Base + "/visits", switched.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
