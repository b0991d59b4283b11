using System.Net;
using BilateralRelations.Web.Infrastructure;
using BilateralRelations.Web.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace BilateralRelations.Web.Tests.Performance;

/// <summary>
/// The site's own output cache (issue 13): a page asked again is the page as first sent, headers included, without
/// being made again; only complete 200 answers to GET are kept, per host and content coding, and an import clears it.
/// </summary>
public sealed class PageCacheTests
{
    private static SiteFactory CountingSite(PageCache? cache = null, IFilterMetadata? filter = null)
    {
        var site = new SiteFactory(TestFiles.Seed)
        {
            ConfigureTestServices = services =>
            {
                if (cache is not null)
                {
                    services.AddSingleton(cache);
                }
                if (filter is not null)
                {
                    services.Configure<MvcOptions>(o => o.Filters.Add(filter));
                }
            },
        };
        site.Settings["Diagnostics:CountCommands"] = "true";
        return site;
    }

    /// <summary>How many times the page at this address was made (it sent database commands).</summary>
    private static int TimesMade(SiteFactory site, string url) =>
        CommandLog.PagesMade(site, address => address == url);

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string encoding, HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd(encoding);
        return await client.SendAsync(request);
    }

    private static string[] HeadersOf(HttpResponseMessage response) =>
        response.Headers.Concat(response.Content.Headers)
            .Where(h => h.Key != "Date")
            .Select(h => $"{h.Key}: {string.Join(", ", h.Value)}")
            .Order(StringComparer.Ordinal)
            .ToArray();

    [Theory]
    [InlineData("/", "br")]
    [InlineData("/", "identity")]
    [InlineData("/visits?year=2013", "gzip")]
    [InlineData("/timeline", "br")]
    [InlineData("/countries/hungary", "identity")]
    [InlineData("/api/visits", "br")]
    [InlineData("/visits.csv", "identity")]
    public async Task A_page_asked_again_is_the_same_answer_and_is_not_made_again(string url, string encoding)
    {
        using var site = CountingSite();
        var client = site.CreateClient();

        var first = await GetAsync(client, url, encoding);
        var again = await GetAsync(client, url, encoding);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await again.Content.ReadAsByteArrayAsync());
        var (sent, kept) = (HeadersOf(first), HeadersOf(again));
        // The first answer was sent as it was written; the kept one says its length.
        Assert.Equal(sent, kept.Where(h => !h.StartsWith("Content-Length:", StringComparison.Ordinal)));
        Assert.Equal((await again.Content.ReadAsByteArrayAsync()).Length, again.Content.Headers.ContentLength);
        Assert.Equal(1, TimesMade(site, url));
    }

    [Fact]
    public async Task Head_is_answered_from_the_kept_page_without_its_body()
    {
        using var site = CountingSite();
        var client = site.CreateClient();
        var page = await GetAsync(client, "/visits", "br");

        var head = await GetAsync(client, "/visits", "br", HttpMethod.Head);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal((await page.Content.ReadAsByteArrayAsync()).Length, head.Content.Headers.ContentLength);
        Assert.Equal(page.Headers.ETag, head.Headers.ETag);
        Assert.Equal(1, TimesMade(site, "/visits"));
    }

    [Fact]
    public async Task A_head_request_first_keeps_the_page_for_the_get_after_it()
    {
        using var site = CountingSite();
        var client = site.CreateClient();

        var head = await GetAsync(client, "/visits", "br", HttpMethod.Head);
        var page = await GetAsync(client, "/visits", "br");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var body = await page.Content.ReadAsByteArrayAsync();
        Assert.Equal(body.Length, page.Content.Headers.ContentLength);
        Assert.Equal("br", Assert.Single(page.Content.Headers.ContentEncoding));
        Assert.Equal(head.Headers.ETag, page.Headers.ETag);
        Assert.Equal(1, TimesMade(site, "/visits"));
    }

    [Fact]
    public async Task An_escaped_question_mark_in_the_path_is_not_the_query()
    {
        using var site = CountingSite();
        var client = site.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/countries/hungary?x=1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/countries/hungary%3Fx=1")).StatusCode);
    }

    /// <summary>Sets a header as the response starts, and a cookie when asked to.</summary>
    private sealed class LateHeaderFilter(bool setCookie) : IResultFilter
    {
        public void OnResultExecuting(ResultExecutingContext context)
        {
            var response = context.HttpContext.Response;
            response.OnStarting(() =>
            {
                response.Headers["X-Late"] = "set as the response started";
                if (setCookie)
                {
                    response.Headers.SetCookie = "visitor=1";
                }
                return Task.CompletedTask;
            });
        }

        public void OnResultExecuted(ResultExecutedContext context)
        {
        }
    }

    [Fact]
    public async Task A_header_set_as_the_page_starts_is_kept_with_it()
    {
        using var site = CountingSite(filter: new LateHeaderFilter(setCookie: false));
        var client = site.CreateClient();

        await GetAsync(client, "/visits", "identity");
        var again = await GetAsync(client, "/visits", "identity");

        Assert.Equal("set as the response started", Assert.Single(again.Headers.GetValues("X-Late")));
        Assert.Equal(1, TimesMade(site, "/visits"));
    }

    [Fact]
    public async Task A_page_that_sets_a_cookie_is_never_kept()
    {
        using var site = CountingSite(filter: new LateHeaderFilter(setCookie: true));
        var client = site.CreateClient();

        await GetAsync(client, "/visits", "identity");
        await GetAsync(client, "/visits", "identity");

        Assert.Equal(2, TimesMade(site, "/visits"));
    }

    [Fact]
    public async Task A_page_written_through_the_pipe_writer_and_not_flushed_is_sent_and_kept_whole()
    {
        using var site = new SiteFactory(TestFiles.Seed)
        {
            ConfigureTestServices = services => services.AddControllers().AddApplicationPart(typeof(UnflushedController).Assembly),
        };
        var client = site.CreateClient();

        var first = await GetAsync(client, "/test/unflushed", "identity");
        var again = await GetAsync(client, "/test/unflushed", "identity");

        Assert.True(first.IsSuccessStatusCode, $"{first.StatusCode}");
        Assert.Equal(UnflushedController.Text, await first.Content.ReadAsStringAsync());
        Assert.Equal(UnflushedController.Text, await again.Content.ReadAsStringAsync());
        Assert.Equal(1, site.Services.GetRequiredService<PageCache>().Count);
    }

    [Fact]
    public async Task Each_host_has_its_own_pages()
    {
        using var site = CountingSite();
        var client = site.CreateClient();

        // The printed footer names the address the page was printed from, host included.
        string[] hosts = ["one.example", "two.example"];
        foreach (var host in hosts)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/countries/hungary");
            request.Headers.Host = host;
            var html = await (await client.SendAsync(request)).Content.ReadAsStringAsync();
            Assert.Contains($"//{host}/countries/hungary", html, StringComparison.Ordinal);
        }
        Assert.Equal(2, TimesMade(site, "/countries/hungary"));
    }

    [Theory]
    [InlineData("/countries/atlantis")] // 404
    [InlineData("/downloads/visits.csv")] // a full download: never kept
    public async Task Errors_and_downloads_are_made_every_time(string url)
    {
        using var site = CountingSite();
        var client = site.CreateClient();

        await GetAsync(client, url, "identity");
        await GetAsync(client, url, "identity");

        Assert.Equal(2, TimesMade(site, url));
    }

    [Fact]
    public async Task A_body_over_the_limit_is_sent_in_full_but_not_kept()
    {
        using var cache = new PageCache(sizeLimit: 1024 * 1024, maximumBodySize: 20_000);
        using var site = CountingSite(cache);
        var client = site.CreateClient();

        var small = await GetAsync(client, "/visits.csv", "identity"); // 12 KB
        var large = await GetAsync(client, "/timeline", "identity"); // over 100 KB
        var largeAgain = await GetAsync(client, "/timeline", "identity");

        Assert.InRange((await small.Content.ReadAsByteArrayAsync()).Length, 1, 20_000);
        Assert.Equal(await large.Content.ReadAsStringAsync(), await largeAgain.Content.ReadAsStringAsync());
        Assert.EndsWith("</html>", (await large.Content.ReadAsStringAsync()).TrimEnd(), StringComparison.Ordinal);
        Assert.Equal(1, cache.Count);
        Assert.Equal(2, TimesMade(site, "/timeline"));
    }

    [Fact]
    public async Task An_import_that_changes_the_data_clears_the_kept_pages()
    {
        using var site = CountingSite();
        var client = site.CreateClient();
        await GetAsync(client, "/visits", "br");
        var cache = site.Services.GetRequiredService<PageCache>();
        Assert.Equal(1, cache.Count);

        await File.AppendAllTextAsync(Path.Combine(site.SeedDirectory, "azerbaijan-hungary-relations.txt"),
            "\n== Later visits ==\n- 3 May 2019 - Prime Minister of Hungary Viktor Orbán's working visit\n");
        await site.ImportAsync();

        Assert.Equal(0, cache.Count);
    }
}
