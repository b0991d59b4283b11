using System.Net;
using BilateralRelations.Web.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace BilateralRelations.Web.Tests.Operations;

/// <summary>HEAD answers like GET without a body; other methods get 405 with Allow; no server banner, no keys on disk.</summary>
public sealed class HttpMethodTests(SeedSite site) : IClassFixture<SeedSite>
{
    public static TheoryData<string> Urls => ["/", "/visits", "/visits/2013", "/visits.csv", "/api/visits", "/timeline", "/countries/hungary",
        "/relations/azerbaijan-hungary-relations/article", "/healthz", "/css/site.css", "/nope"];

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Head_answers_as_get_does_without_a_body(string url)
    {
        var client = site.CreateClient();
        var get = await client.GetAsync(url);
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.True(head.Headers.Contains("Content-Security-Policy"), url);
    }

    [Theory]
    [InlineData("POST", "/")]
    [InlineData("PUT", "/visits")]
    [InlineData("DELETE", "/api/visits")]
    [InlineData("PATCH", "/visits.csv")]
    public async Task Other_methods_get_405_with_the_methods_allowed(string method, string url)
    {
        var response = await site.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Data_protection_keys_live_in_memory_only() =>
        Assert.IsType<Microsoft.AspNetCore.DataProtection.EphemeralDataProtectionProvider>(site.Services.GetRequiredService<IDataProtectionProvider>());
}

/// <summary>On a real Kestrel port: what a scanner sees.</summary>
public sealed class KestrelHeaderTests
{
    [Fact]
    public async Task No_server_banner_is_sent()
    {
        using var site = new SiteFactory();
        site.UseKestrel(0);
        site.StartServer();
        var address = site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal)) };

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"));
    }
}
