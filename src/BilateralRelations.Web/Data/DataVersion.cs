using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace BilateralRelations.Web.Data;

/// <summary>
/// Which import the stored data comes from, as a short string that changes whenever an import changes what is
/// served (relations added, replaced or removed; diagnostics written). It keys the output cache and the pages'
/// ETags, so a second instance on the same database stops serving pages from before the other's import within
/// <see cref="MaxAge"/>; it is read from the database at most that often, and at once after this instance imports.
/// </summary>
public sealed class DataVersion(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration)
{
    private const string Query = """
        SELECT (SELECT COUNT(*) FROM "Relations") || '.' || (SELECT IFNULL(MAX("Id"), 0) FROM "Relations") || '.'
            || (SELECT IFNULL(MAX("ImportedAt"), '') FROM "Relations") || '.' || (SELECT COUNT(*) FROM "ImportDiagnostics") || '.'
            || (SELECT IFNULL(MAX("Id"), 0) FROM "ImportDiagnostics") AS "Value"
        """;

    private readonly TimeSpan _maxAge = TimeSpan.FromSeconds(configuration.GetValue("Caching:DataVersionSeconds", 2.0));
    private volatile Snapshot? _current;

    private sealed record Snapshot(string Value, DateTimeOffset ReadAt);

    public TimeSpan MaxAge => _maxAge;

    /// <summary>The current version, or null when the database cannot be read (the page will say so itself).</summary>
    public async ValueTask<string?> GetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (_current is { } current && now - current.ReadAt < _maxAge)
        {
            return current.Value;
        }
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RelationsDbContext>();
            var raw = await db.Database.SqlQueryRaw<string>(Query).SingleAsync(ct);
            var value = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(raw)))[..16];
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
}
