using System.Net;
using BilateralRelations.Web.Data;
using BilateralRelations.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace BilateralRelations.Web.Tests.Faults;

/// <summary>
/// The surroundings fail — the articles folder is gone, the disk is full, the database is read-only, unopenable or
/// deleted — and the site keeps serving what it has and says why, or stops with one clear line; it never loses data.
/// </summary>
public sealed class EnvironmentFaultTests
{
    private static async Task<(HttpStatusCode Status, string Body)> HealthAsync(SiteFactory site)
    {
        var response = await site.CreateClient().GetAsync("/healthz");
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<int> RelationCountAsync(SiteFactory site)
    {
        using var scope = site.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<RelationsDbContext>().Relations.CountAsync();
    }

    /// <summary>A first site that imported the seed and stopped, its files kept for a restart.</summary>
    private static SiteFactory Imported()
    {
        var first = new SiteFactory();
        _ = first.CreateClient();
        first.Stop();
        SqliteConnection.ClearAllPools();
        return first;
    }

    [Fact]
    public async Task A_missing_articles_folder_keeps_every_relation_and_makes_healthz_say_why()
    {
        using var first = Imported();
        Directory.Delete(first.SeedDirectory, recursive: true);

        using var restarted = new SiteFactory(first);

        Assert.Equal(1, await RelationCountAsync(restarted));
        Assert.Equal(HttpStatusCode.OK, (await restarted.CreateClient().GetAsync("/visits/1994-12-04-heydar-aliyev")).StatusCode);
        var (status, body) = await HealthAsync(restarted);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("Degraded\narticles: Degraded — The articles folder (Seeds:Directory) does not exist", body, StringComparison.Ordinal);
        Assert.DoesNotContain(first.SeedDirectory, body, StringComparison.Ordinal);

        Directory.CreateDirectory(first.SeedDirectory);
        File.Copy(TestFiles.Seed, Path.Combine(first.SeedDirectory, "azerbaijan-hungary-relations.txt"));
        await restarted.ImportAsync();
        var (healthy, report) = await HealthAsync(restarted);
        Assert.Equal(HttpStatusCode.OK, healthy);
        Assert.StartsWith("Healthy\ndata: ", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_full_disk_stops_the_import_not_the_site()
    {
        using var first = Imported();
        File.Copy(TestFiles.Golden("georgia-poland-relations.txt"), Path.Combine(first.SeedDirectory, "georgia-poland-relations.txt"));

        using var restarted = new SiteFactory(first) { ConfigureTestServices = s => s.ConfigureDbContext<RelationsDbContext>(o => o.AddInterceptors(new NoRoomToGrow())) };

        Assert.Equal(1, await RelationCountAsync(restarted));
        Assert.Equal(HttpStatusCode.OK, (await restarted.CreateClient().GetAsync("/")).StatusCode);
        var (_, body) = await HealthAsync(restarted);
        Assert.Contains("database-writes: Degraded — The database cannot be written (the disk is full)", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_read_only_database_is_served_as_it_is()
    {
        using var first = Imported();
        File.Copy(TestFiles.Golden("georgia-poland-relations.txt"), Path.Combine(first.SeedDirectory, "georgia-poland-relations.txt"));

        using var restarted = new SiteFactory(first) { ConnectionSettings = "Mode=ReadOnly" };

        Assert.Equal(1, await RelationCountAsync(restarted));
        Assert.Equal(HttpStatusCode.OK, (await restarted.CreateClient().GetAsync("/visits?year=2008")).StatusCode);
        var (_, body) = await HealthAsync(restarted);
        Assert.Contains("The database cannot be written (the database is read-only)", body, StringComparison.Ordinal);
        Assert.True(File.Exists(first.DatabaseFile), "a database that cannot be written is never moved aside");
    }

    [Fact]
    public void A_database_that_can_be_neither_read_nor_created_stops_the_start_with_one_clear_line()
    {
        using var site = new SiteFactory();
        Directory.CreateDirectory(site.DatabaseFile); // a folder where the database file should be

        Assert.ThrowsAny<Exception>(() => site.CreateClient());

        var critical = Assert.Single(site.Log, line => line.StartsWith("Critical:", StringComparison.Ordinal));
        Assert.Contains("The site cannot start: The database", critical, StringComparison.Ordinal);
        Assert.True(Directory.Exists(site.DatabaseFile), "nothing was moved aside");
    }

    [Fact]
    public async Task Pages_answer_503_with_a_page_and_the_security_headers_when_the_database_is_gone()
    {
        using var site = new SiteFactory();
        var client = site.CreateClient();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(site.DatabaseFile + suffix);
        }

        var page = await client.GetAsync("/visits?year=2012");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("Temporarily unavailable", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(page.Headers.Contains("Content-Security-Policy"));
        Assert.True(page.Headers.RetryAfter is not null);

        var missing = await client.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var (status, body) = await HealthAsync(site);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.StartsWith("Unhealthy\ndatabase: Unhealthy", body, StringComparison.Ordinal);
    }

    /// <summary>The disk is full: the database may not grow by a page (SQLite's max_page_count below its size).</summary>
    private sealed class NoRoomToGrow : DbConnectionInterceptor
    {
        public override async Task ConnectionOpenedAsync(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA max_page_count = 1;";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        public override void ConnectionOpened(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA max_page_count = 1;";
            command.ExecuteNonQuery();
        }
    }
}
