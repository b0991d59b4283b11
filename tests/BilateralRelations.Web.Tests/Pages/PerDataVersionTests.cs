using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BilateralRelations.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BilateralRelations.Web.Tests.Pages;

/// <summary>
/// The relations index, the country list and the relation catalog are built once per data version (issue 13): an
/// import that adds an article must show on them at once, with its counts, and facts read after another instance's
/// import (which this one sees up to a data-version age later) must still name their relation.
/// </summary>
public sealed class PerDataVersionTests
{
    [Fact]
    public async Task An_import_shows_at_once_on_the_relations_index_and_the_country_list()
    {
        using var site = new SiteFactory();
        var client = site.CreateClient();
        Assert.Null((await client.GetPageAsync("/countries")).QuerySelector("a[href='/countries/poland']"));
        Assert.Null((await client.GetPageAsync("/relations")).QuerySelector("a[href='/relations/georgia-poland-relations']"));

        File.Copy(TestFiles.Golden("georgia-poland-relations.txt"), Path.Combine(site.SeedDirectory, "georgia-poland-relations.txt"));
        await site.ImportAsync();

        Assert.NotNull((await client.GetPageAsync("/countries")).QuerySelector("a[href='/countries/poland']"));
        var index = await client.GetPageAsync("/relations");
        var row = index.QuerySelector("a[href='/relations/georgia-poland-relations']")?.Closest("tr");
        Assert.NotNull(row);
        var visits = await client.GetAsync("/api/visits?relation=georgia-poland-relations&limit=1");
        Assert.Equal(visits.Headers.GetValues("X-Total-Count").Single(), row.QuerySelector("td[data-count='visits']")?.TextContent.Trim());
    }

    [Fact]
    public async Task Facts_of_a_relation_imported_by_another_instance_are_shown_before_this_one_sees_the_new_version()
    {
        using var first = new SiteFactory { Settings = { ["Caching:DataVersionSeconds"] = "3600", ["OutputCache:Enabled"] = "false" } };
        var client = first.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/visits")).StatusCode);

        File.Copy(TestFiles.Golden("georgia-poland-relations.txt"), Path.Combine(first.SeedDirectory, "georgia-poland-relations.txt"));
        using var second = new SiteFactory(first);
        await second.ImportAsync();

        var visits = await client.GetAsync("/api/visits?relation=georgia-poland-relations");
        Assert.Equal(HttpStatusCode.OK, visits.StatusCode);
        var relations = (await visits.Content.ReadFromJsonAsync<JsonElement[]>())!.Select(v => v.GetProperty("relation").GetString()).Distinct();
        Assert.Equal(["georgia-poland-relations"], relations);
        var page = await client.GetPageAsync("/visits?relation=georgia-poland-relations");
        Assert.NotEmpty(page.QuerySelectorAll("table.visits tbody tr"));
    }

    [Fact]
    public async Task Articles_read_again_with_the_same_text_are_a_new_version_as_their_facts_have_new_ids()
    {
        using var site = new SiteFactory(TestFiles.Seed, TestFiles.Golden("georgia-poland-relations.txt")) { Settings = { ["OutputCache:Enabled"] = "false" } };
        var client = site.CreateClient();
        const string search = "/api/search?q=Hungary&relation=azerbaijan-hungary-relations";
        var found = (await client.GetFromJsonAsync<JsonElement>(search)).GetProperty("total").GetInt32();
        Assert.True(found > 0);
        string Version() => site.Services.GetRequiredService<BilateralRelations.Web.Data.DataVersion>().FreshOrNull()!;
        var version = Version();

        // What a migration does when the importer must read every article again: the same texts, stored anew.
        using (var scope = site.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<BilateralRelations.Web.Data.RelationsDbContext>().Database
                .ExecuteSqlRawAsync("""UPDATE "Relations" SET "ContentHash" = '' """);
        }
        await site.ImportAsync();

        Assert.Equal(found, (await client.GetFromJsonAsync<JsonElement>(search)).GetProperty("total").GetInt32());
        Assert.NotEqual(version, Version());
    }
}
