using System.Net;
using BilateralRelations.Web.Data;
using BilateralRelations.Web.Import;
using BilateralRelations.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BilateralRelations.Web.Tests.Faults;

/// <summary>The database is disposable: whatever happens to it, a start rebuilds it from the articles.</summary>
public sealed class DatabaseFaultTests
{
    [Theory]
    [InlineData("deleted")]
    [InlineData("truncated")]
    [InlineData("garbage")]
    public async Task A_damaged_database_is_rebuilt_at_the_next_start(string damage)
    {
        using var first = new SiteFactory();
        _ = first.CreateClient();
        first.Stop();
        SqliteConnection.ClearAllPools();
        Damage(first.DatabaseFile, damage);

        using var restarted = new SiteFactory(first);
        var client = restarted.CreateClient();

        Assert.Equal(41, await VisitCountAsync(restarted));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task A_database_deleted_while_running_turns_healthz_unhealthy_and_a_restart_recovers()
    {
        using var site = new SiteFactory();
        var client = site.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(site.DatabaseFile + suffix);
        }

        var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.StartsWith("Unhealthy", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        foreach (var url in new[] { "/downloads/relations.db", "/downloads/visits.csv", "/downloads/facts.jsonl" })
        {
            Assert.True(HttpStatusCode.ServiceUnavailable == (await client.GetAsync(url)).StatusCode, url);
        }
        site.Stop();

        using var restarted = new SiteFactory(site);
        Assert.Equal(HttpStatusCode.OK, (await restarted.CreateClient().GetAsync("/healthz")).StatusCode);
        Assert.Equal(41, await VisitCountAsync(restarted));
    }

    [Fact]
    public async Task Two_sites_starting_at_once_on_one_database_do_not_corrupt_it()
    {
        using var first = new SiteFactory();
        using var second = new SiteFactory(first);

        await Task.WhenAll(Task.Run(() => first.CreateClient()), Task.Run(() => second.CreateClient()));

        Assert.Equal(41, await VisitCountAsync(first));
        Assert.Equal(41, await VisitCountAsync(second));
        using var scope = first.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RelationsDbContext>();
        Assert.Equal(1, await db.Relations.CountAsync());
        var check = await db.Database.SqlQueryRaw<string>("PRAGMA integrity_check").ToListAsync();
        Assert.Equal(["ok"], check);
    }

    [Fact]
    public async Task A_failing_import_of_a_changed_article_keeps_its_previous_data_served()
    {
        using var site = new SiteFactory();
        var client = site.CreateClient();
        await File.AppendAllTextAsync(Path.Combine(site.SeedDirectory, "azerbaijan-hungary-relations.txt"),
            "\n== Later visits ==\n- 3 May 2019 - Prime Minister of Hungary Viktor Orbán's working visit\n");

        await ExecuteAsync(site, FailWritingRelations);
        var report = await site.ImportAsync();
        await ExecuteAsync(site, "DROP TRIGGER injected_fault;");

        Assert.Equal(["azerbaijan-hungary-relations.txt"], report.Failed);
        Assert.Equal(41, await VisitCountAsync(site));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/visits/1994-12-04-heydar-aliyev")).StatusCode);

        Assert.Equal(["azerbaijan-hungary-relations.txt"], (await site.ImportAsync()).Imported);
        Assert.Equal(42, await VisitCountAsync(site));
    }

    /// <summary>
    /// Fails the write of a relation in the database itself, as a crash mid-import would, whichever way the importer
    /// writes its rows.
    /// </summary>
    private const string FailWritingRelations =
        "CREATE TRIGGER injected_fault BEFORE INSERT ON \"Relations\" BEGIN SELECT RAISE(ABORT, 'injected fault'); END;";

    private static async Task ExecuteAsync(SiteFactory site, string sql)
    {
        using var scope = site.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<RelationsDbContext>().Database.ExecuteSqlRawAsync(sql);
    }

    private static void Damage(string file, string how)
    {
        switch (how)
        {
            case "deleted":
                File.Delete(file);
                break;
            case "truncated":
                using (var stream = File.OpenWrite(file))
                {
                    stream.SetLength(100);
                }
                break;
            default:
                File.WriteAllBytes(file, Enumerable.Range(0, 8192).Select(i => (byte)(i * 37 % 251)).ToArray());
                break;
        }
        File.Delete(file + "-wal");
        File.Delete(file + "-shm");
    }

    private static async Task<int> VisitCountAsync(SiteFactory site)
    {
        using var scope = site.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<RelationsDbContext>().Visits.CountAsync();
    }
}
