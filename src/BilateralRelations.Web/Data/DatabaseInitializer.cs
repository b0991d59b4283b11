using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BilateralRelations.Web.Data;

/// <summary>
/// Brings the SQLite database to the current migration. A file that is not a usable database (deleted,
/// truncated, overwritten with garbage) is moved aside and rebuilt: all of its data comes from the articles, so
/// nothing is lost by rebuilding.
/// </summary>
public sealed class DatabaseInitializer(RelationsDbContext db, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        try
        {
            await MigrateAndCheckAsync(ct);
        }
        catch (SqliteException ex)
        {
            var file = DatabaseFile();
            if (file is null)
            {
                throw;
            }
            logger.LogWarning(ex, "The database {File} is unusable ({Reason}); moving it aside and rebuilding it from the articles.", file, ex.Message);
            SqliteConnection.ClearAllPools();
            MoveAside(file);
            await MigrateAndCheckAsync(ct);
        }
    }

    private async Task MigrateAndCheckAsync(CancellationToken ct)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        if (DatabaseFile() is { } file && Path.GetDirectoryName(file) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }
        try
        {
            // Opening runs the connection pragmas, which is where a file that is not a database first fails.
            await db.Database.OpenConnectionAsync(ct);
            // WAL (kept in the file) lets readers go on while an import writes.
            await using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = "PRAGMA journal_mode=WAL;";
                await pragma.ExecuteNonQueryAsync(ct);
            }
            // Migrating takes a lock and checks every migration; a current database needs neither.
            if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
            {
                await db.Database.MigrateAsync(ct);
            }
            await using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA quick_check;";
            var result = (string?)await check.ExecuteScalarAsync(ct);
            if (result != "ok")
            {
                throw new SqliteException($"integrity check failed: {result}", 11);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
            await connection.CloseAsync();
        }
    }

    private string? DatabaseFile() => DatabaseProbe.FileOf(db);

    private void MoveAside(string file)
    {
        var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            if (File.Exists(file + suffix))
            {
                File.Move(file + suffix, $"{file}.broken-{stamp}{suffix}", overwrite: true);
            }
        }
        logger.LogWarning("The unusable database was kept as {File}.broken-{Stamp} for inspection.", file, stamp);
    }
}
