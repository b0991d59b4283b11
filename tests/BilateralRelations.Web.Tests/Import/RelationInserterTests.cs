using BilateralRelations.Core.Extraction;
using BilateralRelations.Core.Facts;
using BilateralRelations.Web.Data;
using BilateralRelations.Web.Data.Entities;
using BilateralRelations.Web.Import;
using BilateralRelations.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BilateralRelations.Web.Tests.Import;

/// <summary>
/// The importer's prepared inserts, with the stored people and countries read once for the run, write exactly the rows
/// EF's SaveChanges writes for the same facts with them read for each article.
/// </summary>
public sealed class RelationInserterTests
{
    private static readonly DateTimeOffset s_at = new(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);

    [Fact]
    public async Task Articles_written_by_the_inserter_give_the_same_rows_as_SaveChanges()
    {
        // Two articles, so the second finds countries and people the first stored (shared rows, updated people).
        // The last names first a country stored after the second: its agreement's parties are not in key order.
        string[] articles = [TestFiles.Seed, TestFiles.Golden("georgia-poland-relations.txt"), TestFiles.Golden("chile-new-zealand-relations.txt"),
            TestFiles.Written("poland-azerbaijan-relations.txt", "= Poland–Azerbaijan relations =\n\nOn 3 March 1997 Poland and Azerbaijan signed the Agreement on Cultural Cooperation.\n")];

        var bySaveChanges = await BuildAsync(articles, stored: null, (db, relation, diagnostics) =>
        {
            db.Relations.Add(relation);
            db.ImportDiagnostics.AddRange(diagnostics);
            return db.SaveChangesAsync();
        });
        var byInserter = await BuildAsync(articles, new StoredPeople(), async (db, relation, diagnostics) =>
        {
            await db.SaveChangesAsync();
            using var inserter = new RelationInserter(db);
            inserter.Insert(relation);
            inserter.Insert(diagnostics);
        });

        Assert.True(bySaveChanges["Visits"].Count > 40, "the articles gave visits to compare");
        Assert.NotEmpty(bySaveChanges["AgreementParty"]);
        Assert.NotEmpty(bySaveChanges["Ambassadors"]);
        Assert.NotEmpty(bySaveChanges["ImportDiagnostics"]);
        Assert.Equal(bySaveChanges.Keys.Order(), byInserter.Keys.Order());
        foreach (var (table, rows) in bySaveChanges)
        {
            Assert.Equal(rows, byInserter[table]);
        }
    }

    /// <summary>
    /// A fresh database with the articles written one by one through <paramref name="write"/>, the people and
    /// countries from <paramref name="stored"/> (or read for each article); every table's rows as text.
    /// </summary>
    private static async Task<Dictionary<string, List<string>>> BuildAsync(string[] articles, StoredPeople? stored, Func<RelationsDbContext, Relation, List<ImportDiagnostic>, Task> write)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = new RelationsDbContext(new DbContextOptionsBuilder<RelationsDbContext>().UseSqlite(connection).Options);
        await db.Database.MigrateAsync();
        var extractor = new RelationExtractor();
        foreach (var file in articles)
        {
            var diagnostics = new List<Diagnostic>();
            var facts = extractor.Extract(Path.GetFileName(file), await File.ReadAllTextAsync(file), diagnostics)!;
            await using var transaction = await db.Database.BeginTransactionAsync();
            var writer = new RelationWriter(db, stored);
            var relation = await writer.WriteAsync(facts, Path.GetFileNameWithoutExtension(file), "hash", Path.GetFileName(file), default);
            relation.ImportedAt = s_at;
            var rows = diagnostics.Select(d => new ImportDiagnostic
            {
                FileName = d.FileName, Line = d.Line, Severity = d.Severity, Message = d.Message, LineText = d.LineText, RecordedAt = s_at,
            }).Append(new ImportDiagnostic { FileName = file, Line = 0, Severity = DiagnosticSeverity.Error, Message = "no line", RecordedAt = s_at }).ToList();
            await write(db, relation, rows);
            await transaction.CommitAsync();
            db.ChangeTracker.Clear();
            writer.Committed();
        }
        var tables = new Dictionary<string, List<string>>();
        foreach (var table in await Rows(connection, typed: false, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name NOT LIKE 'Search%' AND name NOT LIKE '\\_\\_%' ESCAPE '\\'"))
        {
            // As a set: every row carries its id, except the join table's, whose physical order no query sees.
            tables[table] = [.. (await Rows(connection, typed: true, $"SELECT * FROM \"{table}\"")).Order(StringComparer.Ordinal)];
        }
        return tables;
    }

    /// <summary>Each row as its values (<paramref name="typed"/>: with the type each is stored as), tab-separated.</summary>
    private static async Task<List<string>> Rows(SqliteConnection connection, bool typed, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join('\t', Enumerable.Range(0, reader.FieldCount)
                .Select(i => reader.IsDBNull(i) ? "NULL" : typed ? $"{reader.GetFieldType(i).Name}:{reader.GetValue(i)}" : $"{reader.GetValue(i)}")));
        }
        return rows;
    }
}
