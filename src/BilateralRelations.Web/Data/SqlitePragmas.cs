using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BilateralRelations.Web.Data;

/// <summary>
/// Per-connection SQLite settings. synchronous=NORMAL is safe with WAL (no corruption on a crash; at worst the last
/// import is redone from the articles at the next start) and makes each import commit far cheaper; the busy
/// timeout makes a second process wait for a writer instead of failing.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
