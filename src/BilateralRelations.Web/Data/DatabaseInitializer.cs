using BilateralRelations.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BilateralRelations.Web.Data;

/// <summary>
/// Brings the SQLite database to the current migration. A file that is not a database (truncated, overwritten with
/// garbage, failing its integrity check) is moved aside and rebuilt: all of its data comes from the articles, so
/// nothing is lost by rebuilding. A database that cannot be written (disk full, read-only) is kept and served as
/// it is, said in <see cref="SiteStatus"/>; one that can be neither read nor rebuilt stops the start with one clear
/// <see cref="StartupException"/>, never a crash loop that moves good data aside.
/// </summary>
public sealed class DatabaseInitializer(RelationsDbContext db, SiteStatus status, IOptions<Import.SeedOptions> options, ILogger<DatabaseInitializer> logger)
{
    /// <summary>
    /// The integrity check still running when <see cref="InitializeAsync"/> returns (a database served read-only), or
    /// one that has passed (a database this site writes is checked before it is migrated and imported into).
    /// </summary>
    public IntegrityCheck Integrity { get; private set; } = IntegrityCheck.Passed;

    public async Task InitializeAsync(CancellationToken ct = default)
    {
        if (!options.Value.ImportOnStart)
        {
            await VerifyPrebuiltAsync(ct);
            return;
        }
        try
        {
            await MigrateAndCheckAsync(ct);
        }
        catch (SqliteException ex) when (SqliteFailure.IsNotADatabase(ex) && DatabaseFile() is { } file)
        {
            logger.LogWarning(ex, "The database {File} is unusable ({Reason}); moving it aside and rebuilding it from the articles.", file, ex.Message);
            SqliteConnection.ClearAllPools();
            MoveAside(file);
            await MigrateOrStopAsync(ct);
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new StartupException($"The database {DatabaseFile() ?? "(in memory)"} can be neither read nor created ({ex.Message}). Check the connection string, the folder and its permissions.", ex);
        }
    }

    /// <summary>
    /// A database built beforehand and served read-only is only checked: it must be there, be of this version of the
    /// site (no migration pending) and pass its integrity check, which reads the whole file and so runs alongside the
    /// rest of the start (<see cref="Integrity"/>; requests wait for it). It is never changed, moved or rebuilt here.
    /// </summary>
    private async Task VerifyPrebuiltAsync(CancellationToken ct)
    {
        try
        {
            await db.Database.OpenConnectionAsync(ct);
            if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
            {
                throw new StartupException($"The database {DatabaseFile()} was built by another version of the site; rebuild it with the import command.");
            }
            Integrity = IntegrityCheck.Start(db.Database.GetConnectionString()!, DatabaseFile());
            logger.LogInformation("Serving {File} read-only, as built; articles are not imported (Seeds:ImportOnStart is false).", DatabaseFile());
        }
        catch (SqliteException ex)
        {
            throw new StartupException($"The database {DatabaseFile()} cannot be read ({ex.Message}); build it with `import --seeds DIR --out FILE`.", ex);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task MigrateOrStopAsync(CancellationToken ct)
    {
        try
        {
            await MigrateAndCheckAsync(ct);
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new StartupException($"The database {DatabaseFile()} was unusable and cannot be rebuilt ({ex.Message}).", ex);
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
            try
            {
                await using var pragma = connection.CreateCommand();
                pragma.CommandText = "PRAGMA journal_mode=WAL;";
                await pragma.ExecuteNonQueryAsync(ct);
            }
            catch (SqliteException ex) when (SqliteFailure.IsWriteFailure(ex))
            {
                CannotWrite(ex);
            }
            // Migrating takes a lock and checks every migration; a current database needs neither.
            if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
            {
                if (status.DatabaseProblem is { } problem)
                {
                    throw new StartupException($"The database needs upgrading for this version of the site but cannot be written: {problem}");
                }
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

    private void CannotWrite(Exception ex)
    {
        status.DatabaseProblem = $"The database cannot be written ({SqliteFailure.Reason(ex)}); it is served read-only as it is, and articles are not imported.";
        logger.LogError(ex, "The database cannot be written ({Reason}); serving it read-only as it is.", SqliteFailure.Reason(ex));
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

/// <summary>The site cannot start: the message says why, once, instead of a stack trace and a restart loop.</summary>
public sealed class StartupException(string message, Exception? inner = null) : Exception(message, inner);
