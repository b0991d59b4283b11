using BilateralRelations.Web.Data;
using BilateralRelations.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BilateralRelations.Web.Import;

/// <summary>
/// <c>import --seeds DIR --out FILE</c>: builds the database from a folder of articles and exits, for serving
/// read-only elsewhere (<c>Seeds:ImportOnStart=false</c>). The file is built fresh beside the target and moved into
/// place only when complete, as one self-contained file (no WAL), so a server never sees half a build; the same
/// articles always give the same file contents. Exit codes: 0 every article imported (diagnostics allowed), 1 some
/// file gave no article (listed), 2 nothing could be built (one line says why), including when no article was read.
/// </summary>
public static class ImportCommand
{
    public const int Success = 0, SomeFailed = 1, Fatal = 2;

    public static bool IsImport(string[] args) => args.Length > 0 && args[0] == "import";

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken ct = default)
    {
        if (Options(args) is not var (seeds, target))
        {
            await output.WriteLineAsync("usage: import --seeds DIR --out FILE   (builds FILE from the articles in DIR)");
            return Fatal;
        }
        if (!Directory.Exists(seeds))
        {
            await output.WriteLineAsync($"The articles folder {Path.GetFullPath(seeds)} does not exist; nothing was built.");
            return Fatal;
        }
        var building = target + ".building";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
            Delete(building);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var (report, version, diagnostics) = await BuildAsync(seeds, building, output, ct);
            SqliteConnection.ClearAllPools();
            if (report.Imported.Count + report.Unchanged.Count == 0)
            {
                // An unmounted volume's empty mount point must not become an empty site.
                await output.WriteLineAsync($"No article could be read from {Path.GetFullPath(seeds)}"
                    + (report.Failed.Count > 0 ? $" ({report.Failed.Count} files gave none: {string.Join(", ", report.Failed)})" : "") + "; nothing was built.");
                return Fatal;
            }
            Delete(target, "-wal", "-shm", "-journal"); // a stale log beside the target would be replayed into the new file
            File.Move(building, target, overwrite: true);
            await output.WriteLineAsync($"Built {target}: {report.Imported.Count + report.Unchanged.Count} articles, {diagnostics:N0} diagnostics, "
                + $"data version {version}, {new FileInfo(target).Length / 1024:N0} KB, in {clock.Elapsed.TotalSeconds:N1} s.");
            if (report.Failed.Count > 0)
            {
                await output.WriteLineAsync($"Not imported (see their diagnostics in the database): {string.Join(", ", report.Failed)}.");
                return SomeFailed;
            }
            return Success;
        }
        catch (Exception ex) when (ex is StartupException or SqliteException or IOException or UnauthorizedAccessException)
        {
            await output.WriteLineAsync($"The database could not be built: {ex.Message}");
            return Fatal;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Delete(building);
        }
    }

    private static async Task<(ImportReport Report, string Version, int Diagnostics)> BuildAsync(string seeds, string file, TextWriter output, CancellationToken ct)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{SeedOptions.Section}:Directory"] = Path.GetFullPath(seeds),
            ["ConnectionStrings:Relations"] = $"Data Source={Path.GetFullPath(file)};Pooling=False",
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
            .AddFilter("BilateralRelations.Web.Import", LogLevel.Information) // one line per article: the progress
            .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Error); // a fresh file's migrations are no news
        builder.Services.AddRelationsData(builder.Configuration, builder.Environment);
        using var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(ct);
        var db = services.GetRequiredService<RelationsDbContext>();
        // A file built from scratch and moved into place only when complete: a crash means building it again, so
        // nothing is synced to disk and the rollback journal stays in memory; one connection serves the whole build.
        await db.Database.OpenConnectionAsync(ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=MEMORY; PRAGMA synchronous=OFF;", ct);
        var report = await services.GetRequiredService<SeedImporter>().ImportAllAsync(ct);
        var status = services.GetRequiredService<SiteStatus>();
        if ((status.ArticlesProblem ?? status.DatabaseProblem) is { } problem)
        {
            throw new StartupException(problem);
        }
        var version = await db.Dataset.Where(p => p.Key == Data.Entities.DatasetProperty.DataVersion).Select(p => p.Value).SingleAsync(ct);
        var diagnostics = await db.ImportDiagnostics.CountAsync(ct);
        // One self-contained file: no write-ahead log, the pages compacted.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=DELETE;", ct);
        await db.Database.ExecuteSqlRawAsync("VACUUM;", ct);
        await output.FlushAsync(ct);
        return (report, version, diagnostics);
    }

    private static (string Seeds, string Out)? Options(string[] args)
    {
        string? seeds = null, target = null;
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--seeds":
                    seeds = args[i + 1];
                    break;
                case "--out":
                    target = args[i + 1];
                    break;
                default:
                    return null;
            }
        }
        return seeds is null || target is null || args.Length % 2 == 0 ? null : (seeds, target);
    }

    private static void Delete(string file, params string[] suffixes)
    {
        foreach (var path in (suffixes.Length > 0 ? suffixes : ["", "-wal", "-shm", "-journal"]).Select(suffix => file + suffix).Where(File.Exists))
        {
            File.Delete(path);
        }
    }
}
