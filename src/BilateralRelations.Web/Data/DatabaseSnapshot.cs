using Microsoft.EntityFrameworkCore;

namespace BilateralRelations.Web.Data;

/// <summary>
/// The database as one consistent, self-contained file to download: made once per data version with SQLite's
/// <c>VACUUM INTO</c> (which reads a live or read-only database without changing it) in the temporary folder, and
/// served from there until the data changes.
/// </summary>
public sealed class DatabaseSnapshot(IServiceScopeFactory scopes, ILogger<DatabaseSnapshot> logger)
{
    private readonly SemaphoreSlim _making = new(1, 1);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bilateral-relations-downloads", Guid.NewGuid().ToString("n"));

    /// <summary>The path of the snapshot of data version <paramref name="version"/>, made if needed.</summary>
    public async Task<string> GetAsync(string version, CancellationToken ct)
    {
        var file = Path.Combine(_folder, $"relations-{version}.db");
        if (File.Exists(file))
        {
            return file;
        }
        await _making.WaitAsync(ct);
        try
        {
            if (!File.Exists(file))
            {
                Directory.CreateDirectory(_folder);
                foreach (var old in Directory.GetFiles(_folder))
                {
                    File.Delete(old); // an earlier version's snapshot
                }
                var making = file + ".making";
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<RelationsDbContext>();
                await db.Database.ExecuteSqlRawAsync("VACUUM INTO {0};", [making], ct);
                File.Move(making, file);
                logger.LogInformation("Made the database download for data version {Version}.", version);
            }
            return file;
        }
        finally
        {
            _making.Release();
        }
    }
}
