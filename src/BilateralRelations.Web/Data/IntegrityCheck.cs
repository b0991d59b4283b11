using Microsoft.Data.Sqlite;

namespace BilateralRelations.Web.Data;

/// <summary>
/// The integrity check of a database served read-only, run alongside the rest of the start: it reads the whole file
/// (a second or more for a large corpus), while the host, routing and the first page need the other core. Requests
/// wait for it (<see cref="Infrastructure.StartupExtensions.PrepareDatabaseAsync"/>), so no page is ever served from a
/// file that fails it; a failure stops the site with the same one clear line as any other start-up failure.
/// </summary>
public sealed class IntegrityCheck
{
    private IntegrityCheck(Task<string?> problem) => Problem = problem;

    /// <summary>Why the database cannot be served, or null once it passed.</summary>
    public Task<string?> Problem { get; }

    public static IntegrityCheck Passed { get; } = new(Task.FromResult<string?>(null));

    /// <summary>Starts <c>PRAGMA quick_check</c> on its own connection to <paramref name="connectionString"/>.</summary>
    public static IntegrityCheck Start(string connectionString, string? file) => new(Task.Run(async () =>
    {
        try
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA quick_check;";
            return (string?)await check.ExecuteScalarAsync() == "ok" ? null : $"The database {file} is damaged; rebuild it with the import command.";
        }
        catch (SqliteException ex)
        {
            return $"The database {file} cannot be read ({ex.Message}); build it with `import --seeds DIR --out FILE`.";
        }
    }));
}
