using System.Net;
using BilateralRelations.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BilateralRelations.Web.Tests.Pages;

/// <summary>
/// A reader types a country's address by the name they know: another of its names ("turkey" for Türkiye, "the czech
/// republic" for Czechia) leads to its page instead of a 404; a name that is no country stays a 404.
/// </summary>
public sealed class CountryAddressTests(SeveralPartnersSite site) : IClassFixture<SeveralPartnersSite>
{
    private readonly HttpClient _client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/countries/turkey", "/countries/turkiye")]
    [InlineData("/countries/republic-of-turkey", "/countries/turkiye")]
    [InlineData("/countries/hungarian", "/countries/hungary")]
    public async Task Another_name_of_a_country_redirects_to_its_page(string url, string page)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(page, response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(page)).StatusCode);
    }

    [Theory]
    [InlineData("/countries/atlantis")]
    [InlineData("/countries/turkiye-relations")]
    public async Task A_name_that_is_no_country_is_a_404(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(url)).StatusCode);
}
