using Microsoft.EntityFrameworkCore;

namespace BilateralRelations.Web.Data;

/// <summary>
/// The database as one consistent, self-contained file to download: made once per data version with SQLite's
/// <c>VACUUM INTO</c> (which reads a live or read-only database without changing it) in the temporary folder, and
/// served from there until the data changes. The folder is this process's own and is removed when it stops;
/// folders that earlier processes could not remove (killed) are swept after a day.
/// </summary>
public sealed class DatabaseSnapshot : IDisposable
{
    private static readonly string s_root = Path.Combine(Path.GetTempPath(), "bilateral-relations-downloads");
    private readonly SemaphoreSlim _making = new(1, 1);
    private readonly string _folder = Path.Combine(s_root, Guid.NewGuid().ToString("n"));
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<DatabaseSnapshot> _logger;

    /// <summary>This process's folder of snapshots.</summary>
    public string Folder => _folder;

    public DatabaseSnapshot(IServiceScopeFactory scopes, ILogger<DatabaseSnapshot> logger)
    {
        (_scopes, _logger) = (scopes, logger);
        SweepAbandoned();
    }

    /// <summary>
    /// The snapshot of data version <paramref name="version"/>, made if needed, opened for reading: an open file
    /// stays readable even when a newer version's snapshot replaces it meanwhile.
    /// </summary>
    public async Task<FileStream> OpenAsync(string version, CancellationToken ct)
    {
        var file = Path.Combine(_folder, $"relations-{version}.db");
        if (!File.Exists(file))
        {
            await _making.WaitAsync(ct);
            try
            {
                if (!File.Exists(file))
                {
                    await MakeAsync(file, version);
                }
            }
            finally
            {
                _making.Release();
            }
        }
        return new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024, useAsync: true);
    }

    /// <summary>Made to the end even if the asking client leaves: others may be waiting for the same file.</summary>
    private async Task MakeAsync(string file, string version)
    {
        Directory.CreateDirectory(_folder);
        foreach (var old in Directory.GetFiles(_folder))
        {
            File.Delete(old); // an earlier version's snapshot; a download still reading it keeps its open file
        }
        var making = file + ".making";
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RelationsDbContext>();
        // A file deleted under the site reopens empty: copying that would publish an empty database as this version.
        if (!await db.Dataset.AnyAsync(p => p.Key == Entities.DatasetProperty.DataVersion && p.Value == version, CancellationToken.None))
        {
            throw new DataUnavailableException($"The database no longer holds data version {version}.");
        }
        await db.Database.ExecuteSqlRawAsync("VACUUM INTO {0};", [making], CancellationToken.None);
        File.Move(making, file);
        _logger.LogInformation("Made the database download for data version {Version}.", version);
    }

    private void SweepAbandoned()
    {
        try
        {
            foreach (var folder in Directory.Exists(s_root) ? Directory.GetDirectories(s_root) : [])
            {
                if (Directory.GetLastWriteTimeUtc(folder) < DateTime.UtcNow.AddDays(-1))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogDebug(ex, "Old download snapshots could not be swept.");
        }
    }

    public void Dispose()
    {
        _making.Dispose();
        try
        {
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left in the temporary folder until a later start sweeps it (after a day): worth knowing, not failing for.
            _logger.LogWarning(ex, "The download snapshot folder {Folder} could not be removed.", _folder);
        }
    }
}
