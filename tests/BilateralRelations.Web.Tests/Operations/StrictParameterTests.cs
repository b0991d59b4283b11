using System.Net;
using System.Text.Json;
using BilateralRelations.Web.Tests.Support;

namespace BilateralRelations.Web.Tests.Operations;

/// <summary>Filters read only the values people write; anything else is a 400 that names the parameter (issue 10).</summary>
public sealed class StrictParameterTests(SeedSite site) : IClassFixture<SeedSite>
{
    [Theory]
    [InlineData("/timeline?kind=Agreement,Embassy", "kind")]
    [InlineData("/timeline?kind=3", "kind")]
    [InlineData("/visits?sort=1", "Sort")]
    [InlineData("/visits?year=0x7DD", "Year")]
    [InlineData("/visits?year=2013.0", "Year")]
    [InlineData("/visits?q=%00", "Q")]
    [InlineData("/visits?q=a%0Ab", "Q")]
    public async Task A_value_people_do_not_write_is_a_400_naming_its_parameter(string url, string parameter)
    {
        var response = await site.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(parameter, await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/timeline?kind=agreement&kind=Embassy")]
    [InlineData("/visits?sort=desc")]
    [InlineData("/visits?year=2013")]
    [InlineData("/visits?q=Aliyev&year=")]
    public async Task The_values_people_write_are_read(string url) =>
        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync(url)).StatusCode);

    [Fact]
    public async Task Several_kinds_are_repeated_parameters_and_each_is_shown()
    {
        var page = await site.CreateClient().GetPageAsync("/timeline?kind=Agreement&kind=Embassy");
        var kinds = page.QuerySelectorAll("li.timeline-item").Select(e => e.ClassList.Single(c => c.StartsWith("kind-", StringComparison.Ordinal))).Distinct().Order().ToList();
        Assert.Equal(["kind-agreement", "kind-embassy"], kinds);
    }

    [Theory]
    [InlineData("/api/visits?year=abc", "year")]
    [InlineData("/api/visits?q=%01", "q")]
    [InlineData("/api/timeline?relation=Not_A_Slug", "relation")]
    public async Task Every_api_400_is_problem_details_naming_the_parameter(string url, string parameter)
    {
        var response = await site.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, json.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("title").GetString()));
        var errors = json.RootElement.GetProperty("errors").EnumerateObject().ToList();
        Assert.Contains(errors, e => e.Name.Equals(parameter, StringComparison.OrdinalIgnoreCase) && e.Value.GetString()!.Length > 0);
    }
}
