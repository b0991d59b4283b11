using System.Data.Common;
using BilateralRelations.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace BilateralRelations.Web.Import;

/// <summary>
/// The lookups and the delete the importer makes for every article, as plain SQL on the context's connection (and
/// transaction). An EF query is translated and compiled once per process: a fresh process importing the seed paid
/// that for each of these, most of its import time.
/// </summary>
internal static class ImportSql
{
    /// <summary>Every stored article: its name, content hash and the file it was read from.</summary>
    public static async Task<List<(string FileName, string ContentHash, string SourceFile)>> RelationsAsync(RelationsDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = Command(db, """SELECT "FileName", "ContentHash", "SourceFile" FROM "Relations" """);
            await using var reader = await command.ExecuteReaderAsync(ct);
            var rows = new List<(string, string, string)>();
            while (await reader.ReadAsync(ct))
            {
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Deletes the article's relation (the database cascades to its facts); whether there was one.</summary>
    public static async Task<bool> DeleteRelationAsync(RelationsDbContext db, string fileName, CancellationToken ct)
    {
        await using var command = Command(db, """DELETE FROM "Relations" WHERE "FileName" = $name""", ("$name", fileName));
        return await command.ExecuteNonQueryAsync(ct) > 0;
    }

    public static async Task<bool> RelationSlugTakenAsync(RelationsDbContext db, string slug, CancellationToken ct)
    {
        await using var command = Command(db, """SELECT EXISTS (SELECT 1 FROM "Relations" WHERE "Slug" = $slug)""", ("$slug", slug));
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) != 0;
    }

    /// <summary>Which of <paramref name="slugs"/> visits of other articles than <paramref name="fileName"/> have.</summary>
    public static async Task<HashSet<string>> VisitSlugsTakenAsync(RelationsDbContext db, IReadOnlyList<string> slugs, string fileName, CancellationToken ct)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        if (slugs.Count == 0)
        {
            return taken;
        }
        await using var command = Command(db, $"""
            SELECT "v"."Slug" FROM "Visits" AS "v" INNER JOIN "Relations" AS "r" ON "v"."RelationId" = "r"."Id"
            WHERE "v"."Slug" IN ({string.Join(", ", slugs.Select((_, i) => $"$s{i}"))}) AND "r"."FileName" <> $name
            """, [("$name", fileName), .. slugs.Select((slug, i) => ($"$s{i}", (object)slug))]);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            taken.Add(reader.GetString(0));
        }
        return taken;
    }

    private static DbCommand Command(RelationsDbContext db, string sql, params (string Name, object Value)[] parameters)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            (parameter.ParameterName, parameter.Value) = (name, value);
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
