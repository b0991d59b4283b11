using System.Net;
using BilateralRelations.Web.Tests.Support;

namespace BilateralRelations.Web.Tests.Pages;

public sealed class BadRequestTests(SeedSite site) : IClassFixture<SeedSite>
{
    private readonly HttpClient _client = site.CreateClient();

    [Theory]
    [InlineData("/visits?year=abc", "year")]
    [InlineData("/visits?year=99999", "year")]
    [InlineData("/visits/99999", "year")]
    [InlineData("/visits?sort=sideways", "Sort")]
    [InlineData("/visits?country=%3Cscript%3E", "country")]
    [InlineData("/visits.csv?year=abc", "year")]
    [InlineData("/timeline?kind=Nonsense", "Kind")]
    public async Task Invalid_filters_get_a_400_page_that_says_what_is_wrong(string url, string parameter)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        var problems = page.QuerySelector("ul.problems")!.TextContent;
        Assert.Contains(parameter, problems, StringComparison.OrdinalIgnoreCase);
        Assert.Single(page.QuerySelectorAll("h1"));
    }

    [Fact]
    public async Task Api_gets_a_json_400()
    {
        var response = await _client.GetAsync("/api/visits?year=abc");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType); // RFC 9457
        Assert.Contains("year", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/people/nobody")]
    [InlineData("/countries/atlantis")]
    [InlineData("/relations/nothing")]
    [InlineData("/relations/nothing/article")]
    [InlineData("/no/such/page")]
    public async Task Unknown_ids_get_a_helpful_404(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("main a[href='/visits']"));
    }
}
