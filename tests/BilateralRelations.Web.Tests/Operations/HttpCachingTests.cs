using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using BilateralRelations.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace BilateralRelations.Web.Tests.Operations;

/// <summary>ETags from the data version, revalidation with 304, immutable assets, one lower-case address per page (issue 10).</summary>
public sealed class HttpCachingTests
{
    /// <summary>A site that reads the data version on every request (no two-second grace), so tests need not wait.</summary>
    private sealed class FreshVersionSite : SiteFactory
    {
        public FreshVersionSite()
        {
        }

        public FreshVersionSite(SiteFactory sameFilesAs) : base(sameFilesAs)
        {
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Caching:DataVersionSeconds", "0");
        }
    }

    [Theory]
    [InlineData("/visits?year=2013")]
    [InlineData("/api/visits")]
    [InlineData("/visits.csv")]
    [InlineData("/")]
    public async Task A_page_carries_a_strong_etag_and_a_matching_request_gets_304(string url)
    {
        using var site = new FreshVersionSite();
        var client = site.CreateClient();

        var first = await client.GetAsync(url);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.True(first.Headers.CacheControl is { Public: true, MaxAge: not null, MustRevalidate: true });

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        var revalidated = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, revalidated.Headers.ETag);
    }

    [Fact]
    public async Task Each_content_coding_is_its_own_representation()
    {
        using var site = new FreshVersionSite();
        var client = site.CreateClient();
        async Task<EntityTagHeaderValue?> EtagWith(string encoding)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/visits");
            request.Headers.AcceptEncoding.ParseAdd(encoding);
            return (await client.SendAsync(request)).Headers.ETag;
        }

        Assert.NotEqual(await EtagWith("br"), await EtagWith("identity"));
        Assert.Equal(await EtagWith("gzip"), await EtagWith("gzip"));
        // The coding the compression middleware really picks: by quality, and "*" is not "no header".
        Assert.NotEqual(await EtagWith("br"), await EtagWith("gzip, br;q=0.1"));
        Assert.Equal(await EtagWith("gzip"), await EtagWith("gzip, br;q=0.1"));
        Assert.NotEqual(await EtagWith("*"), await EtagWith("identity"));
    }

    [Fact]
    public async Task If_none_match_any_does_not_answer_304_for_a_page_not_yet_known_to_exist()
    {
        using var site = new FreshVersionSite();
        var client = site.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/visits/1899-01-01-nobody");
        request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Any);

        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task An_import_that_changes_the_data_changes_the_etag_and_another_instance_serves_the_new_data()
    {
        using var first = new FreshVersionSite();
        using var second = new FreshVersionSite(first);
        var (a, b) = (first.CreateClient(), second.CreateClient());
        var before = await b.GetAsync("/api/visits?year=2019");
        Assert.Empty((await before.Content.ReadFromJsonAsync<JsonElement[]>())!);

        await File.AppendAllTextAsync(Path.Combine(first.SeedDirectory, "azerbaijan-hungary-relations.txt"),
            "\n== Later visits ==\n- 3 May 2019 - Prime Minister of Hungary Viktor Orbán's working visit\n");
        await first.ImportAsync();

        var after = await b.GetAsync("/api/visits?year=2019");
        Assert.Single((await after.Content.ReadFromJsonAsync<JsonElement[]>())!);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        using var stale = new HttpRequestMessage(HttpMethod.Get, "/api/visits?year=2019");
        stale.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await a.SendAsync(stale)).StatusCode);
    }

    [Theory]
    [InlineData("/VISITS?x=1", "/visits?x=1")]
    [InlineData("/Relations/Azerbaijan-Hungary-Relations", "/relations/azerbaijan-hungary-relations")]
    [InlineData("/People/Gy%C3%B6ngy%C3%B6s", "/people/gy%C3%B6ngy%C3%B6s")]
    [InlineData("/Visits%0d%0aX-Evil:%201", "/visits%0D%0Ax-evil:%201")]
    public async Task A_path_with_capitals_is_redirected_to_its_lower_case_address(string url, string canonical)
    {
        using var site = new SiteFactory();
        var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Fingerprinted_assets_are_immutable_for_a_year()
    {
        using var site = new SiteFactory();
        var client = site.CreateClient();
        var page = await client.GetPageAsync("/");
        var stylesheet = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Matches(@"^/css/site\.[a-z0-9]+\.css$", stylesheet);

        var response = await client.GetAsync(stylesheet);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl is { Public: true, MaxAge.TotalDays: >= 365 });
        Assert.Contains("immutable", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }
}
