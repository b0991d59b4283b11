using System.Data.Common;
using System.Globalization;
using BilateralRelations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BilateralRelations.Web.Data;

/// <summary>Which data is served: a version derived from the content alone, and when it was built.</summary>
public sealed record DatasetVersion(string Version, string BuiltAt)
{
    /// <summary>The build time as a time, when it reads as one.</summary>
    public DateTimeOffset? BuiltAtTime =>
        DateTimeOffset.TryParse(BuiltAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;
}

/// <summary>
/// Which import the stored data comes from. The importer writes it (<see cref="ComputeAsync"/>: a hash of every
/// article's hash, its relation's id and every diagnostic, so two builds of the same articles have the same
/// version); pages key the output cache and their ETags on it, and /healthz reports it, so instances sharing a
/// database (or copies of one file) can be seen to serve the same data. Read from the database at most every <see cref="MaxAge"/>, and at
/// once after this instance imports.
/// </summary>
public sealed class DataVersion(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration)
{
    private readonly TimeSpan _maxAge = TimeSpan.FromSeconds(configuration.GetValue("Caching:DataVersionSeconds", 2.0));
    private volatile Snapshot? _current;

    private sealed record Snapshot(DatasetVersion? Value, DateTimeOffset ReadAt);

    public TimeSpan MaxAge => _maxAge;

    /// <summary>The version served, or null when the database cannot be read (the page will say so itself).</summary>
    public ValueTask<string?> GetAsync(CancellationToken ct) =>
        TryGetFresh(out var fresh) ? ValueTask.FromResult(fresh?.Version) : ReadVersionAsync(ct);

    /// <summary>Every cached page asks for the version: the fresh case completes synchronously, without a state machine.</summary>
    public ValueTask<DatasetVersion?> GetDatasetAsync(CancellationToken ct) =>
        TryGetFresh(out var fresh) ? ValueTask.FromResult(fresh) : ReadAsync(ct);

    /// <summary>The version served, when read less than <see cref="MaxAge"/> ago, else null: for synchronous callers, which must not wait.</summary>
    public string? FreshOrNull() => TryGetFresh(out var fresh) ? fresh?.Version : null;

    private bool TryGetFresh(out DatasetVersion? value)
    {
        var current = _current;
        value = current?.Value;
        return current is not null && clock.GetUtcNow() - current.ReadAt < _maxAge;
    }

    private async ValueTask<string?> ReadVersionAsync(CancellationToken ct) => (await ReadAsync(ct))?.Version;

    private async ValueTask<DatasetVersion?> ReadAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RelationsDbContext>();
            var properties = await db.Dataset.AsNoTracking().ToDictionaryAsync(p => p.Key, p => p.Value, ct);
            var value = new DatasetVersion(properties.GetValueOrDefault(DatasetProperty.DataVersion, "none"), properties.GetValueOrDefault(DatasetProperty.BuiltAt, ""));
            _current = new Snapshot(value, now);
            return value;
        }
        catch (DbException)
        {
            return null;
        }
    }

    /// <summary>This instance changed the data: the next request reads the version again.</summary>
    public void Invalidate() => _current = null;

    /// <summary>
    /// The version of what <paramref name="db"/> holds: a hash of every article's name and hash (which covers its
    /// content and the extractor's build), its relation's id and every diagnostic, in a fixed order. The id is there
    /// because what is built per version holds ids: an article read again with the same text (a migration asking
    /// for every article to be read again) gets new ones, and must be a new version.
    /// </summary>
    public static async Task<string> ComputeAsync(RelationsDbContext db, CancellationToken ct)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        // Plain SQL: it runs once per import, where an EF query would be translated and compiled for that one use.
        foreach (var sql in new[]
        {
            """SELECT "FileName" || char(9) || "ContentHash" || char(9) || CAST("Id" AS TEXT) FROM "Relations" ORDER BY "FileName" """,
            """SELECT "FileName" || char(9) || CAST("Line" AS TEXT) || char(9) || "Message" FROM "ImportDiagnostics" ORDER BY "FileName", "Line", "Id" """,
        })
        {
            await using var command = Import.ImportSql.Command(db, sql);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                hash.AppendData(System.Text.Encoding.UTF8.GetBytes(reader.GetString(0) + "\n"));
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
