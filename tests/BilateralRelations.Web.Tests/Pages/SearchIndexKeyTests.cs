using System.Text.Json;
using BilateralRelations.Web.Data;
using BilateralRelations.Web.Queries;
using BilateralRelations.Web.Tests.Support;
using BilateralRelations.Web.ViewModels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace BilateralRelations.Web.Tests.Pages;

/// <summary>
/// The index's rows are keyed by kind, fact and relation (issue 13: a search reads them from the key instead of
/// looking up every match), and a person has one row whatever the number of relations naming them; a database
/// whose index was written before is migrated and finds exactly what it found before.
/// </summary>
public sealed class SearchIndexKeyTests(SearchIndexKeyTests.TwoRelations site) : IClassFixture<SearchIndexKeyTests.TwoRelations>
{
    /// <summary>
    /// The seed, a second relation (a relation filter leaves matches out) and a third naming a person of the seed
    /// (Ilham Aliyev, named in two relations, has one row).
    /// </summary>
    public sealed class TwoRelations : SiteFactory
    {
        // Written into the site's own seeds folder before it starts (and imports), so nothing is left behind.
        public TwoRelations() : base(TestFiles.Seed, TestFiles.Golden("georgia-poland-relations.txt")) =>
            File.WriteAllText(Path.Combine(SeedDirectory, "azerbaijan-georgia-relations.txt"), """
                = Azerbaijan–Georgia relations =
                == High-level mutual visits ==
                - 12 May 2015 - President of Azerbaijan Ilham Aliyev's official visit to Georgia
                """);
    }

    private const string KeysMigration = "20261129225533_SearchEntryKeys";
    private const string BeforeKeys = "20261129160825_PageIndexes";

    /// <summary>Searches of every shape: one kind, a relation, a person in several relations, a year, nothing.</summary>
    private static readonly SearchFilter[] s_searches =
    [
        new() { Q = "Hungary" }, new() { Q = "Hungary 2013" }, new() { Q = "Poland", Kind = "visit" }, new() { Q = "ambassador" },
        new() { Q = "Hungary", Relation = "azerbaijan-hungary-relations" }, new() { Q = "Aliyev" }, new() { Q = "embassy" },
        new() { Q = "treaty", Kind = "agreement" }, new() { Q = "Poland", Relation = "no-such-relation" }, new() { Q = "zzzz" },
    ];

    [Fact]
    public void A_key_holds_its_kind_fact_and_relation_and_a_kind_is_one_range()
    {
        foreach (var kind in SearchKinds.All)
        {
            var key = SearchEntryKey.Of(kind, int.MaxValue, (int)SearchEntryKey.RelationMask);
            var (first, last) = SearchEntryKey.Range(kind);
            Assert.InRange(key, first, last);
            Assert.InRange(SearchEntryKey.Of(kind, 0, 0), first, last);
            Assert.Equal(kind, SearchEntryKey.KindOf((int)(key >> SearchEntryKey.KindShift)));
            Assert.Equal(int.MaxValue, (key >> SearchEntryKey.FactShift) & SearchEntryKey.FactMask);
            Assert.Equal(SearchEntryKey.RelationMask, key & SearchEntryKey.RelationMask);
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => SearchEntryKey.Of(SearchKind.Visit, 1, (int)SearchEntryKey.RelationMask + 1));
    }

    [Fact]
    public async Task The_importer_keys_every_row_by_its_kind_fact_and_relation_and_a_person_has_one_row()
    {
        site.CreateClient();

        var rows = await RowsAsync(site);

        var people = rows.Where(r => r.Kind == "person").ToList();
        Assert.All(people.GroupBy(r => r.FactId), person => Assert.Single(person));
        Assert.All(people, r => Assert.Null(r.RelationId));
        Assert.Contains(people, r => r.Title.Contains("Ilham Aliyev", StringComparison.Ordinal)); // named in two relations, one row
        Assert.All(rows, r => Assert.Equal(SearchEntryKey.Of(SearchKinds.FromKey(r.Kind)!.Value, r.FactId, r.RelationId ?? 0), r.Id));
    }

    [Fact]
    public async Task Migrations_rekey_the_index_and_make_one_row_per_person_finding_the_same_facts_in_the_same_order()
    {
        using var own = new TwoRelations(); // migrated down and up: not the shared site
        own.CreateClient();
        var found = await SearchAllAsync(own);

        // Before one row per person: no person row is kept, and every article is to be read again.
        await MigrateAsync(own, KeysMigration);
        var keyed = await RowsAsync(own);
        Assert.DoesNotContain(keyed, r => r.Kind == "person");
        Assert.NotEmpty(keyed);
        await MigrateAsync(own, BeforeKeys);
        var before = await RowsAsync(own);
        Assert.Equal(Enumerable.Range(1, keyed.Count).Select(i => (long)i), before.Select(r => r.Id).Order());
        await MigrateAsync(own, KeysMigration);
        Assert.Equal(keyed, await RowsAsync(own));

        await MigrateAsync(own, null);
        await own.ImportAsync();
        Assert.Equal(found, await SearchAllAsync(own));
        using var scope = own.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RelationsDbContext>();
        await db.Database.ExecuteSqlRawAsync("""INSERT INTO "SearchIndex" ("SearchIndex") VALUES ('integrity-check')""");
    }

    /// <summary>
    /// The query before the keys, which joined every match to its SearchEntries row: what the search must still
    /// find, in the same order (bm25, then fact id), with the same totals.
    /// </summary>
    private const string JoinedHits = """
        WITH "Matches" AS MATERIALIZED (
            SELECT "rowid" AS "Id", bm25("SearchIndex", 4.0, 1.0, 0.5) AS "Rank" FROM "SearchIndex" WHERE "SearchIndex" MATCH {0}),
        "Hits" AS (
            SELECT e."Kind" AS "Kind", e."FactId" AS "FactId", MIN(m."Rank") AS "Rank"
            FROM "Matches" m JOIN "SearchEntries" e ON e."Id" = m."Id"
            WHERE ({1} IS NULL OR e."Kind" = {1}) AND ({2} IS NULL OR e."RelationId" = {2} OR e."Kind" = 'person' AND e."FactId" IN (
                SELECT p."PersonId" FROM "VisitParticipants" p JOIN "Visits" v ON v."Id" = p."VisitId" WHERE v."RelationId" = {2}
                UNION SELECT a."PersonId" FROM "Ambassadors" a JOIN "Missions" m ON m."Id" = a."MissionId" WHERE m."RelationId" = {2}))
            GROUP BY e."Kind", e."FactId"),
        "Ranked" AS (
            SELECT "Kind", "FactId", "Rank", ROW_NUMBER() OVER (PARTITION BY "Kind" ORDER BY "Rank", "FactId") AS "N",
                COUNT(*) OVER (PARTITION BY "Kind") AS "Total"
            FROM "Hits")
        SELECT "Kind", "FactId", "Total" FROM "Ranked" WHERE "N" <= {3} ORDER BY "Kind", "N"
        """;

    private sealed record JoinedHit(string Kind, int FactId, int Total);

    [Theory]
    [InlineData("Hungary", null, false, 20)]
    [InlineData("Hungary", null, false, 3)]
    [InlineData("Poland", null, true, 3)]
    [InlineData("visit", "visit", false, 5)]
    [InlineData("visit", "visit", true, 500)]
    [InlineData("2013", null, false, 20)]
    [InlineData("ambassador", "ambassador", false, 500)]
    [InlineData("Aliyev", "person", false, 2)]
    [InlineData("Ilham Aliyev", null, false, 20)]
    [InlineData("Poland visit", null, true, 20)]
    [InlineData("zzzz", null, false, 20)]
    public async Task The_keys_find_what_joining_every_match_found_in_the_same_order_with_the_same_totals(string q, string? kind, bool oneRelation, int limit)
    {
        site.CreateClient();
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RelationsDbContext>();
        int? relation = oneRelation ? await db.Relations.Where(r => r.Slug == "georgia-poland-relations").Select(r => r.Id).SingleAsync() : null;
        var match = SearchTerms.Parse(q).Match;
        var expected = (await db.Database.SqlQueryRaw<JoinedHit>(JoinedHits, match, (object?)kind ?? DBNull.Value, (object?)relation ?? DBNull.Value, limit).ToListAsync())
            .Select(h => (Kind: SearchKinds.FromKey(h.Kind)!.Value, h.FactId, h.Total)).OrderBy(h => h.Kind).ToList(); // stable: each kind's order kept

        await db.Database.OpenConnectionAsync();
        var hits = await scope.ServiceProvider.GetRequiredService<SearchQueries>()
            .HitsAsync(match, kind is null ? null : SearchKinds.FromKey(kind), relation, limit, CancellationToken.None);

        Assert.Equal(expected, hits.Select(h => (h.Kind, h.FactId, h.Total)).ToList());
        Assert.Equal(q != "zzzz", expected.Count > 0);
    }

    private sealed record Row(long Id, string Kind, int FactId, int? RelationId, string Title);

    private static async Task<List<Row>> RowsAsync(SiteFactory of)
    {
        using var scope = of.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RelationsDbContext>();
        return await db.Database.SqlQuery<Row>($"""SELECT "Id", "Kind", "FactId", "RelationId", "Title" FROM "SearchEntries" ORDER BY "Kind", "FactId", "RelationId" """).ToListAsync();
    }

    /// <summary>Migrates to <paramref name="migration"/>, or to the last one when it is null.</summary>
    private static async Task MigrateAsync(SiteFactory of, string? migration)
    {
        using var scope = of.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RelationsDbContext>();
        await db.GetService<IMigrator>().MigrateAsync(migration);
    }

    /// <summary>Every search's groups, totals and results in order, as JSON to compare whole.</summary>
    private static async Task<List<string>> SearchAllAsync(SiteFactory of)
    {
        var answers = new List<string>();
        foreach (var filter in s_searches)
        {
            using var scope = of.Services.CreateScope();
            var model = await scope.ServiceProvider.GetRequiredService<SearchQueries>().SearchAsync(filter, CancellationToken.None);
            answers.Add(JsonSerializer.Serialize(model.Groups.Select(g => new { g.Kind, g.Total, Results = g.Results.Select(r => new { r.Slug, r.Title, r.Detail }) })));
        }
        Assert.Contains(answers, a => a.Contains("\"Total\":", StringComparison.Ordinal) && !a.Contains("\"Total\":0", StringComparison.Ordinal));
        return answers;
    }
}
