using BilateralRelations.Web.Data;
using BilateralRelations.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BilateralRelations.Web.Tests.Operations;

/// <summary>
/// Every connection the site opens waits for a writer and syncs as WAL allows, although the settings are written only
/// the first time the pool hands out each native connection (issue 13: EF opens one around nearly every command).
/// </summary>
public sealed class SqlitePragmasTests(SeedSite site) : IClassFixture<SeedSite>
{
    [Fact]
    public async Task Each_open_of_a_pooled_connection_keeps_the_settings()
    {
        _ = site.CreateClient(); // starts the site: the database exists and is imported
        for (var open = 0; open < 3; open++)
        {
            using var scope = site.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<RelationsDbContext>();
            await db.Database.OpenConnectionAsync();
            Assert.Equal(1, await Pragma(db, "synchronous")); // NORMAL
            Assert.Equal(30000, await Pragma(db, "busy_timeout"));
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<long> Pragma(RelationsDbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
