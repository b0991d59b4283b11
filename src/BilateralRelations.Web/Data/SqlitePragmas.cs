using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BilateralRelations.Web.Data;

/// <summary>
/// Per-connection SQLite settings. synchronous=NORMAL is safe with WAL (no corruption on a crash; at worst the last
/// import is redone from the articles at the next start) and makes each import commit far cheaper; the busy
/// timeout makes a second process wait for a writer instead of failing.
/// </summary>
/// <remarks>
/// Set once per database connection, not per open: the pool hands the same native connection out again, and both
/// settings last as long as it does, while EF opens a connection around nearly every command (a page sends several).
/// </remarks>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;";

    private static readonly ConditionalWeakTable<object, object> s_set = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (FirstOpen(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (FirstOpen(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Whether the native connection under <paramref name="connection"/> has not had the settings yet (and now counts as having them).</summary>
    private static bool FirstOpen(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || s_set.TryAdd(handle, handle);
}
