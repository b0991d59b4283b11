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
/// The importer's prepared inserts and plain SQL, with the stored people and countries read once for the run, write
/// exactly the rows EF's SaveChanges writes for the same facts with them read (and tracked) by EF for each article.
/// </summary>
public sealed class RelationInserterTests
{
    private static readonly DateTimeOffset s_at = new(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);

    [Fact]
    public async Task Articles_written_by_the_inserter_give_the_same_rows_as_SaveChanges()
    {
        // Articles after the first find countries and people stored before. The fourth names first a country stored
        // after the second: its agreement's parties are not in key order. The last names people of the first again:
        // one by his full name (a new spelling, and his name updated), one given a country, and one given a country new
        // with that article, next to new people of that country and of none.
        string[] articles = [TestFiles.Seed, TestFiles.Golden("georgia-poland-relations.txt"), TestFiles.Golden("chile-new-zealand-relations.txt"),
            TestFiles.Written("poland-azerbaijan-relations.txt", "= Poland–Azerbaijan relations =\n\nOn 3 March 1997 Poland and Azerbaijan signed the Agreement on Cultural Cooperation.\n"),
            TestFiles.Written("hungary-kazakhstan-relations.txt", """
                = Hungary–Kazakhstan relations =

                == Visits ==
                - 4–5 May 2010 - Minister of Foreign Affairs of Azerbaijan Elmar Mammadyarov visit
                - 12 March 2014 - State Secretary of Hungary Gyula Budai visit
                - 8 June 2015 - Deputy Minister of Foreign Affairs of Kazakhstan X.Xalafov visit
                - 3 March 2016 - President of Kazakhstan Nursultan Nazarbayev official visit
                - 9 April 2016 - Special Envoy Bolat Nurgaliyev visit
                """)];

        var bySaveChanges = await BuildAsync(articles, StoredByEfAsync, (db, writer, relation, diagnostics) =>
        {
            // EF tracks the stored rows it read, so it sees what the writer changed in them; what it does not track is new.
            foreach (var row in writer.Countries.Concat<object>(writer.People).Where(r => db.Entry(r).State == EntityState.Detached))
            {
                db.Add(row);
            }
            db.Relations.Add(relation);
            db.ImportDiagnostics.AddRange(diagnostics);
            return db.SaveChangesAsync();
        });
        var shared = new StoredPeople();
        var byInserter = await BuildAsync(articles, _ => Task.FromResult(shared), async (db, writer, relation, diagnostics) =>
        {
            using var inserter = new RelationInserter(db);
            await writer.SaveCountriesAndPeopleAsync(inserter, default);
            inserter.Insert(relation);
            inserter.Insert(diagnostics);
        });

        Assert.True(bySaveChanges["Visits"].Count > 40, "the articles gave visits to compare");
        Assert.NotEmpty(bySaveChanges["AgreementParty"]);
        Assert.NotEmpty(bySaveChanges["Ambassadors"]);
        Assert.NotEmpty(bySaveChanges["ImportDiagnostics"]);
        Assert.Contains(bySaveChanges["People"], r => r.Contains("String:e-mammadyarov\tString:Elmar Mammadyarov\t", StringComparison.Ordinal)); // renamed
        Assert.Contains(bySaveChanges["People"], r => r.Contains("String:x-xalafov\t", StringComparison.Ordinal) && !r.Contains("NULL", StringComparison.Ordinal)); // given a country
        Assert.Equal(bySaveChanges.Keys.Order(), byInserter.Keys.Order());
        foreach (var (table, rows) in bySaveChanges)
        {
            Assert.Equal(rows, byInserter[table]);
        }
    }

    /// <summary>The stored countries and people as EF reads them, tracked.</summary>
    private static async Task<StoredPeople> StoredByEfAsync(RelationsDbContext db)
    {
        var stored = new StoredPeople();
        stored.Hold(await db.Countries.ToListAsync(), await db.People.Include(p => p.Spellings).ToListAsync());
        return stored;
    }

    /// <summary>
    /// A fresh database with the articles written one by one through <paramref name="write"/>, the people and
    /// countries from <paramref name="storedFor"/> (asked for each article); every table's rows as text.
    /// </summary>
    private static async Task<Dictionary<string, List<string>>> BuildAsync(string[] articles, Func<RelationsDbContext, Task<StoredPeople>> storedFor,
        Func<RelationsDbContext, RelationWriter, Relation, List<ImportDiagnostic>, Task> write)
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
            var writer = new RelationWriter(db, await storedFor(db));
            var relation = await writer.WriteAsync(facts, Path.GetFileNameWithoutExtension(file), "hash", Path.GetFileName(file), default);
            relation.ImportedAt = s_at;
            var rows = diagnostics.Select(d => new ImportDiagnostic
            {
                FileName = d.FileName, Line = d.Line, Severity = d.Severity, Message = d.Message, LineText = d.LineText, RecordedAt = s_at,
            }).Append(new ImportDiagnostic { FileName = file, Line = 0, Severity = DiagnosticSeverity.Error, Message = "no line", RecordedAt = s_at }).ToList();
            await write(db, writer, relation, rows);
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
