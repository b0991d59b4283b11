using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BilateralRelations.Web.Data;

/// <summary>Where the database lives, for the initializer and /healthz.</summary>
public static class DatabaseProbe
{
    /// <summary>The database file of a file-based connection string, or null for an in-memory database.</summary>
    public static string? FileOf(RelationsDbContext db)
    {
        var source = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        return string.IsNullOrEmpty(source) || source == ":memory:" || source.StartsWith("file:", StringComparison.Ordinal)
            ? null
            : Path.GetFullPath(source);
    }
}
