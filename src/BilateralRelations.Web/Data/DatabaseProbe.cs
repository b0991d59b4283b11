using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BilateralRelations.Web.Data;

/// <summary>What /healthz asks the database: is the file still there, and does the schema answer a query?</summary>
public static class DatabaseProbe
{
    /// <summary>
    /// False when the database file was deleted under the running site (SQLite would quietly create an empty one
    /// on the next connection) or when the schema cannot be queried. A restart rebuilds it from the articles.
    /// </summary>
    public static async Task<bool> IsUsableAsync(RelationsDbContext db, CancellationToken ct)
    {
        if (FileOf(db) is { } file && !File.Exists(file))
        {
            return false;
        }
        return await db.Relations.CountAsync(ct) >= 0;
    }

    /// <summary>The database file of a file-based connection string, or null for an in-memory database.</summary>
    public static string? FileOf(RelationsDbContext db)
    {
        var source = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        return string.IsNullOrEmpty(source) || source == ":memory:" || source.StartsWith("file:", StringComparison.Ordinal)
            ? null
            : Path.GetFullPath(source);
    }
}
