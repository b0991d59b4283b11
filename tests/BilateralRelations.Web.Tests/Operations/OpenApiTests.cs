using System.Text.Json;
using BilateralRelations.Web.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BilateralRelations.Web.Tests.Operations;

/// <summary>/openapi/v1.json describes the whole JSON API: every route, its filters and its fields.</summary>
public sealed class OpenApiTests(SeedSite site) : IClassFixture<SeedSite>
{
    private async Task<JsonElement> DocumentAsync()
    {
        var response = await site.CreateClient().GetAsync("/openapi/v1.json");
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task The_document_lists_every_api_route_and_nothing_else()
    {
        var routes = site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => r.StartsWith("/api/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        var paths = (await DocumentAsync()).GetProperty("paths").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(11, routes.Count);
        Assert.Equal(routes, paths);
    }

    [Fact]
    public async Task Every_filter_is_documented_under_the_name_links_use()
    {
        var visits = (await DocumentAsync()).GetProperty("paths").GetProperty("/api/visits").GetProperty("get");
        var parameters = visits.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);

        Assert.Equal(["country", "cursor", "host", "level", "limit", "page", "person", "q", "relation", "sort", "visiting", "year"], parameters.Keys.Order(StringComparer.Ordinal));
        Assert.All(parameters.Values, p => Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("description").GetString()), p.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Every_field_of_a_visit_is_documented_with_its_json_name()
    {
        var document = await DocumentAsync();
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var visit = schemas.GetProperty("ApiVisit").GetProperty("properties");
        var fields = visit.EnumerateObject().Select(p => p.Name).ToList();

        foreach (var field in new[] { "id", "relation", "startDate", "endDate", "precision", "people", "title", "visitingCountry", "hostCountry", "level", "tier", "kind", "sourceLine", "sourceText", "inferred", "inference" })
        {
            Assert.Contains(field, fields);
        }
        Assert.All(new[] { "startDate", "tier", "sourceLine", "inferred", "inference" },
            f => Assert.False(string.IsNullOrWhiteSpace(visit.GetProperty(f).GetProperty("description").GetString()), f));
        var apiVisits = await site.CreateClient().GetStringAsync("/api/visits?year=2013");
        Assert.All(JsonDocument.Parse(apiVisits).RootElement[0].EnumerateObject(), p => Assert.Contains(p.Name, fields));
    }
}
