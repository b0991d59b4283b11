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
        foreach (var url in pages)
        {
            var page = await client.GetPageAsync(Base + url);
            foreach (var target in page.QuerySelectorAll("a[href], form[action]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("action")!))
            {
                if (target.StartsWith('#') || target.StartsWith("http", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }
                Assert.True(target.StartsWith(Base + "/", StringComparison.Ordinal), $"{url} links to {target}, outside {Base}");
                links.Add(target.Split('#')[0]);
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
