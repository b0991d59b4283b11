using System.Data.Common;
using BilateralRelations.Web.Data;
using BilateralRelations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace BilateralRelations.Web.Import;

/// <summary>
/// Every query the importer makes, as plain SQL on the context's connection (open for the whole import) and its
/// transaction. An EF query is translated and compiled once per process, and the first SaveChanges sets up change
/// tracking and batching: a fresh process importing the seed paid that for each of these, most of its import time.
/// </summary>
internal static class ImportSql
{
    /// <summary>Every stored article: its name, content hash and the file it was read from.</summary>
    public static async Task<List<(string FileName, string ContentHash, string SourceFile)>> RelationsAsync(RelationsDbContext db, CancellationToken ct)
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

    /// <summary>Every stored country.</summary>
    public static async Task<List<Country>> CountriesAsync(RelationsDbContext db, CancellationToken ct)
    {
        await using var command = Command(db, """SELECT "Id", "Slug", "Name", "Iso3", "Iso2", "Adjective" FROM "Countries" """);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<Country>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new Country
            {
                Id = reader.GetInt32(0), Slug = reader.GetString(1), Name = reader.GetString(2),
                Iso3 = StringOrNull(reader, 3), Iso2 = StringOrNull(reader, 4), Adjective = reader.GetString(5),
            });
        }
        return rows;
    }

    /// <summary>
    /// Every stored person with their spellings (their country by id only), in key order: the query EF made of
    /// People.Include(Spellings), so the spellings come in the same order (the words of the search index keep it).
    /// </summary>
    public static async Task<List<Person>> PeopleAsync(RelationsDbContext db, CancellationToken ct)
    {
        await using var command = Command(db, """
            SELECT "p"."Id", "p"."CountryId", "p"."Name", "p"."Slug", "p"."Surname", "p0"."Id", "p0"."PersonId", "p0"."Spelling"
            FROM "People" AS "p"
            LEFT JOIN "PersonSpellings" AS "p0" ON "p"."Id" = "p0"."PersonId"
            ORDER BY "p"."Id"
            """);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var people = new List<Person>();
        while (await reader.ReadAsync(ct))
        {
            var id = reader.GetInt32(0);
            if (people.Count == 0 || people[^1].Id != id)
            {
                people.Add(new Person
                {
                    Id = id, CountryId = reader.IsDBNull(1) ? null : reader.GetInt32(1),
                    Name = reader.GetString(2), Slug = reader.GetString(3), Surname = reader.GetString(4),
                });
            }
            if (!reader.IsDBNull(5))
            {
                people[^1].Spellings.Add(new PersonSpelling { Id = reader.GetInt32(5), PersonId = id, Spelling = reader.GetString(7) });
            }
        }
        return people;
    }

    /// <summary>A known person's name, surname or country, as the article changed them.</summary>
    public static async Task UpdatePersonAsync(RelationsDbContext db, Person person, CancellationToken ct)
    {
        await using var command = Command(db, """UPDATE "People" SET "Name" = $name, "Surname" = $surname, "CountryId" = $country WHERE "Id" = $id""",
            ("$name", person.Name), ("$surname", person.Surname), ("$country", (object?)person.CountryId ?? DBNull.Value), ("$id", person.Id));
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Deletes the people no relation refers to any more (a visit's delegate or a mission's ambassador).</summary>
    public static async Task<int> DeleteOrphanedPeopleAsync(RelationsDbContext db, CancellationToken ct)
    {
        await using var command = Command(db, """
            DELETE FROM "People"
            WHERE NOT EXISTS (SELECT 1 FROM "VisitParticipants" AS "v" WHERE "v"."PersonId" = "People"."Id")
              AND NOT EXISTS (SELECT 1 FROM "Ambassadors" AS "a" WHERE "a"."PersonId" = "People"."Id")
            """);
        return await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Deletes the diagnostics recorded of an article or file.</summary>
    public static async Task DeleteDiagnosticsAsync(RelationsDbContext db, string fileName, CancellationToken ct)
    {
        await using var command = Command(db, """DELETE FROM "ImportDiagnostics" WHERE "FileName" = $name""", ("$name", fileName));
        await command.ExecuteNonQueryAsync(ct);
    }

    public static async Task<bool> HasDiagnosticsAsync(RelationsDbContext db, string fileName, CancellationToken ct) =>
        await ExistsAsync(db, """SELECT EXISTS (SELECT 1 FROM "ImportDiagnostics" WHERE "FileName" = $name)""", ("$name", fileName), ct);

    /// <summary>The articles and files that have diagnostics.</summary>
    public static async Task<List<string>> DiagnosedFileNamesAsync(RelationsDbContext db, CancellationToken ct)
    {
        await using var command = Command(db, """SELECT DISTINCT "FileName" FROM "ImportDiagnostics" """);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var names = new List<string>();
        while (await reader.ReadAsync(ct))
        {
            names.Add(reader.GetString(0));
        }
        return names;
    }

    /// <summary>One property of the dataset (see <see cref="DatasetProperty"/>), or null.</summary>
    public static async Task<string?> DatasetPropertyAsync(RelationsDbContext db, string key, CancellationToken ct)
    {
        await using var command = Command(db, """SELECT "Value" FROM "Dataset" WHERE "Key" = $key""", ("$key", key));
        return await command.ExecuteScalarAsync(ct) as string;
    }

    /// <summary>Replaces every property of the dataset, in the current transaction.</summary>
    public static async Task ReplaceDatasetAsync(RelationsDbContext db, IEnumerable<(string Key, string Value)> properties, CancellationToken ct)
    {
        await using (var delete = Command(db, """DELETE FROM "Dataset" """))
        {
            await delete.ExecuteNonQueryAsync(ct);
        }
        foreach (var (key, value) in properties.OrderBy(p => p.Key, StringComparer.Ordinal)) // in key order, as SaveChanges wrote them
        {
            await using var insert = Command(db, """INSERT INTO "Dataset" ("Key", "Value") VALUES ($key, $value)""", ("$key", key), ("$value", value));
            await insert.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>
    /// Deletes the article's relation (the database cascades to its facts and their search rows) and the search rows of
    /// its people; whether there was one.
    /// </summary>
    public static async Task<bool> DeleteRelationAsync(RelationsDbContext db, string fileName, CancellationToken ct)
    {
        await DeletePeopleSearchRowsAsync(db, fileName, ct); // found through the relation, so before it goes
        await using var command = Command(db, """DELETE FROM "Relations" WHERE "FileName" = $name""", ("$name", fileName));
        return await command.ExecuteNonQueryAsync(ct) > 0;
    }

    /// <summary>
    /// Deletes the search rows of the people the article's relation names: called before the relation is replaced
    /// or removed and after it is written, as what each person did is in their row (see
    /// <see cref="SearchIndexWriter.WritePeopleAsync"/>, which writes them again at the end of the import).
    /// </summary>
    public static async Task DeletePeopleSearchRowsAsync(RelationsDbContext db, string fileName, CancellationToken ct)
    {
        await using var command = Command(db, $"""
            DELETE FROM "SearchEntries" WHERE "Id" IN (
                SELECT {SearchEntryKey.PersonSql("\"Named\".\"PersonId\"")} FROM (
                    {SearchEntryKey.PeopleOfRelationSql("(SELECT \"Id\" FROM \"Relations\" WHERE \"FileName\" = $name)")}) AS "Named")
            """, ("$name", fileName));
        await command.ExecuteNonQueryAsync(ct);
    }

    public static Task<bool> RelationSlugTakenAsync(RelationsDbContext db, string slug, CancellationToken ct) =>
        ExistsAsync(db, """SELECT EXISTS (SELECT 1 FROM "Relations" WHERE "Slug" = $slug)""", ("$slug", slug), ct);

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

    private static async Task<bool> ExistsAsync(RelationsDbContext db, string sql, (string Name, object Value) parameter, CancellationToken ct)
    {
        await using var command = Command(db, sql, parameter);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) != 0;
    }

    private static string? StringOrNull(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    /// <summary>A command on the context's connection, in its current transaction (SQLite refuses one outside it).</summary>
    internal static DbCommand Command(RelationsDbContext db, string sql, params (string Name, object Value)[] parameters)
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
