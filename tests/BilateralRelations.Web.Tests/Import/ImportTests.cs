using System.Net.Http.Json;
using System.Text.Json;
using BilateralRelations.Web.Data;
using BilateralRelations.Web.Import;
using BilateralRelations.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BilateralRelations.Web.Tests.Import;

/// <summary>Re-imports: unchanged articles are skipped, changed ones replaced whole, removed ones dropped, bad ones never lose data.</summary>
public sealed class ImportTests
{
    [Fact]
    public async Task Running_the_import_again_changes_nothing_and_duplicates_nothing()
    {
        using var site = new SiteFactory();
        _ = site.CreateClient();
        var report = await site.ImportAsync();
        Assert.Equal(["azerbaijan-hungary-relations.txt"], report.Unchanged);
        Assert.Empty(report.Imported);
        Assert.Equal(41, await CountVisitsAsync(site));
    }

    [Fact]
    public async Task A_changed_article_is_reimported_and_permalinks_survive()
    {
        using var site = new SiteFactory();
        var client = site.CreateClient();
        var path = Path.Combine(site.SeedDirectory, "azerbaijan-hungary-relations.txt");
        await File.AppendAllTextAsync(path, "\n== Later visits ==\n- 3 May 2019 - Prime Minister of Hungary Viktor Orbán's working visit\n");

        var report = await site.ImportAsync();

        Assert.Equal(["azerbaijan-hungary-relations.txt"], report.Imported);
        Assert.Equal(42, await CountVisitsAsync(site));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/visits/1994-12-04-heydar-aliyev")).StatusCode);
        var visits = await site.CreateClient().GetFromJsonAsync<JsonElement[]>("/api/visits?year=2019");
        Assert.Equal("HUN", Assert.Single(visits!).GetProperty("visitingCountryIso3").GetString());
    }

    [Fact]
    public async Task A_removed_article_removes_its_relation()
    {
        using var site = new SiteFactory(TestFiles.Seed, TestFiles.Golden("georgia-poland-relations.txt"));
        _ = site.CreateClient();
        File.Delete(Path.Combine(site.SeedDirectory, "georgia-poland-relations.txt"));

        var report = await site.ImportAsync();

        Assert.Equal(["georgia-poland-relations.txt"], report.Removed);
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RelationsDbContext>();
        Assert.Equal(["azerbaijan-hungary-relations"], await db.Relations.Select(r => r.Slug).ToListAsync());
        Assert.False(await db.People.AnyAsync(p => p.Slug == "andrzej-duda"));
    }

    [Fact]
    public async Task An_article_that_becomes_unreadable_keeps_its_previous_data_served()
    {
        using var site = new SiteFactory();
        _ = site.CreateClient();
        await File.WriteAllBytesAsync(Path.Combine(site.SeedDirectory, "azerbaijan-hungary-relations.txt"), [0x00, 0xFF, 0xFE, 0x00]);

        var report = await site.ImportAsync();

        Assert.Equal(["azerbaijan-hungary-relations.txt"], report.Failed);
        Assert.Equal(41, await CountVisitsAsync(site));
        var diagnostics = await site.CreateClient().GetFromJsonAsync<JsonElement[]>("/api/diagnostics");
        Assert.Contains(diagnostics!, d => d.GetProperty("file").GetString() == "azerbaijan-hungary-relations.txt" && d.GetProperty("message").GetString()!.Contains("not UTF-8"));
    }

    [Fact]
    public async Task Several_articles_each_get_an_overview_and_share_people_and_countries()
    {
        using var site = new SiteFactory(TestFiles.Seed, TestFiles.Golden("georgia-poland-relations.txt"), TestFiles.Golden("chile-new-zealand-relations.txt"));
        var client = site.CreateClient();
        var home = await client.GetPageAsync("/");
        Assert.Equal(3, home.QuerySelectorAll("table.relations-index tbody tr").Length);
        foreach (var slug in new[] { "azerbaijan-hungary-relations", "georgia-poland-relations", "chile-new-zealand-relations" })
        {
            var overview = await client.GetPageAsync($"/relations/{slug}");
            Assert.Single(overview.QuerySelectorAll("h1"));
            Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync($"/relations/{slug}/article")).StatusCode);
        }
        var all = await client.GetFromJsonAsync<JsonElement[]>("/api/visits");
        Assert.Equal(41 + 19 + 16, all!.Length);
        Assert.Equal(all.Length, all.Select(v => v.GetProperty("id").GetString()).Distinct().Count());
        var footer = home.QuerySelector("footer")!.TextContent;
        Assert.Contains("Georgia–Poland relations", footer);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/countries/poland")).StatusCode);
    }

    [Fact]
    public async Task An_article_repeating_a_fault_thousands_of_times_keeps_a_bounded_list_of_diagnostics()
    {
        var text = "= Chile–Peru relations =\n" + string.Concat(Enumerable.Repeat("The same line again.\n", 3000));
        using var site = new SiteFactory(TestFiles.Written("chile-peru-relations.txt", text));
        var diagnostics = (await site.CreateClient().GetFromJsonAsync<JsonElement[]>("/api/diagnostics?limit=1000"))!
            .Where(d => d.GetProperty("file").GetString() == "chile-peru-relations.txt").ToList();
        Assert.Equal(SeedImporter.MaxDiagnostics + 1, diagnostics.Count);
        Assert.Contains(diagnostics, d => d.GetProperty("message").GetString() == "… and 2,899 more diagnostics, left out: the 100 most severe are listed.");
    }

    private static async Task<int> CountVisitsAsync(SiteFactory site)
    {
        using var scope = site.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<RelationsDbContext>().Visits.CountAsync();
    }
}

public sealed class UnreadableFileTests
{
    [Fact]
    public async Task Files_that_are_not_articles_are_skipped_and_the_others_import()
    {
        using var site = new SiteFactory { ConfigureTestServices = services => services.Configure<SeedOptions>(o => o.MaxFileBytes = 1024 * 1024) };
        await File.WriteAllBytesAsync(Path.Combine(site.SeedDirectory, "huge.txt"), new byte[2 * 1024 * 1024]);
        await File.WriteAllTextAsync(Path.Combine(site.SeedDirectory, "empty.txt"), "");
        await File.WriteAllTextAsync(Path.Combine(site.SeedDirectory, "notes.txt"), "Just some notes, no title line.\n");
        await File.WriteAllBytesAsync(Path.Combine(site.SeedDirectory, "binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF]);
        var client = site.CreateClient();

        var visits = await client.GetFromJsonAsync<JsonElement[]>("/api/visits");
        Assert.Equal(41, visits!.Length);
        var diagnostics = await client.GetFromJsonAsync<JsonElement[]>("/api/diagnostics");
        foreach (var (file, reason) in new[] { ("huge.txt", "too large"), ("empty.txt", "empty"), ("notes.txt", "not a title"), ("binary.txt", "not UTF-8") })
        {
            Assert.Contains(diagnostics!, d => d.GetProperty("file").GetString() == file && d.GetProperty("message").GetString()!.Contains(reason));
        }
        var page = await client.GetPageAsync("/diagnostics");
        Assert.Contains("huge.txt", page.QuerySelector("main")!.TextContent);
    }
}
