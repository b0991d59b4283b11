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
/// looking up every match); a database whose index was written before the keys is rekeyed by its migration and
/// finds exactly what it found before.
/// </summary>
public sealed class SearchIndexKeyTests
{
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
    public async Task The_importer_keys_every_row_by_its_kind_fact_and_relation()
    {
        using var site = new SiteFactory(TestFiles.Seed, TestFiles.Golden("georgia-poland-relations.txt"));
        site.CreateClient();

        var rows = await RowsAsync(site);

        Assert.Contains(rows, r => r.Kind == "person");
        Assert.All(rows, r => Assert.Equal(SearchEntryKey.Of(SearchKinds.FromKey(r.Kind)!.Value, r.FactId, r.RelationId), r.Id));
    }

    [Fact]
    public async Task An_index_written_before_the_keys_is_rekeyed_and_finds_the_same_facts_in_the_same_order()
    {
        using var site = new SiteFactory(TestFiles.Seed, TestFiles.Golden("georgia-poland-relations.txt"));
        site.CreateClient();
        var keyed = await RowsAsync(site);
        var found = await SearchAllAsync(site);

        await MigrateAsync(site, BeforeKeys);
        var before = await RowsAsync(site);
        Assert.Equal(Enumerable.Range(1, keyed.Count).Select(i => (long)i), before.Select(r => r.Id).Order());
        await MigrateAsync(site, KeysMigration);

        Assert.Equal(keyed, await RowsAsync(site));
        Assert.Equal(found, await SearchAllAsync(site));
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RelationsDbContext>();
        await db.Database.ExecuteSqlRawAsync("""INSERT INTO "SearchIndex" ("SearchIndex") VALUES ('integrity-check')""");
    }

    private sealed record Row(long Id, string Kind, int FactId, int RelationId);

    private static async Task<List<Row>> RowsAsync(SiteFactory site)
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RelationsDbContext>();
        return await db.Database.SqlQuery<Row>($"""SELECT "Id", "Kind", "FactId", "RelationId" FROM "SearchEntries" ORDER BY "Kind", "FactId", "RelationId" """).ToListAsync();
    }

    private static async Task MigrateAsync(SiteFactory site, string migration)
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RelationsDbContext>();
        await db.GetService<IMigrator>().MigrateAsync(migration);
    }

    /// <summary>Every search's groups, totals and results in order, as JSON to compare whole.</summary>
    private static async Task<List<string>> SearchAllAsync(SiteFactory site)
    {
        var answers = new List<string>();
        foreach (var filter in s_searches)
        {
            using var scope = site.Services.CreateScope();
            var model = await scope.ServiceProvider.GetRequiredService<SearchQueries>().SearchAsync(filter, CancellationToken.None);
            answers.Add(JsonSerializer.Serialize(model.Groups.Select(g => new { g.Kind, g.Total, Results = g.Results.Select(r => new { r.Slug, r.Title, r.Detail }) })));
        }
        Assert.Contains(answers, a => a.Contains("\"Total\":", StringComparison.Ordinal) && !a.Contains("\"Total\":0", StringComparison.Ordinal));
        return answers;
    }
}
