using Microsoft.Data.Sqlite;

namespace BilateralRelations.Web.Data;

/// <summary>
/// What a SQLite error says about the database file: not a database at all (rebuild it from the articles), or a
/// database that cannot be written just now (serve it as it is). Result codes from https://sqlite.org/rescode.html.
/// </summary>
public static class SqliteFailure
{
    private const int Perm = 3, Corrupt = 11, ReadOnly = 8, IoErr = 10, Full = 13, CantOpen = 14, NotADb = 26;

    /// <summary>The file is not a usable database: garbage, truncated, or failing its integrity check.</summary>
    public static bool IsNotADatabase(Exception error) => CodeOf(error) is Corrupt or NotADb;

    /// <summary>The database cannot be written: the disk is full, the file or folder is read-only, or writing failed.</summary>
    public static bool IsWriteFailure(Exception error) => CodeOf(error) is Perm or ReadOnly or IoErr or Full or CantOpen;

    /// <summary>Why writing failed, in words for /healthz and the log.</summary>
    public static string Reason(Exception error) => CodeOf(error) switch
    {
        Full => "the disk is full",
        ReadOnly or Perm => "the database is read-only",
        CantOpen => "the database file cannot be opened for writing",
        _ => "writing to the disk failed",
    };

    private static int? CodeOf(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is SqliteException sqlite)
            {
                return sqlite.SqliteErrorCode;
            }
        }
        return null;
    }
}
