using System.Data.Common;
using BilateralRelations.Web.Data;
using BilateralRelations.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace BilateralRelations.Web.Queries;

/// <summary>
/// One search over every kind of fact, on the full-text index the importer writes (see Import/SearchIndexWriter):
/// every word must match (as a word or the start of one), in any order, accents and case ignored; the best
/// <see cref="PerKind"/> of each kind by bm25 (words in what names the fact count most), with each kind's total.
/// </summary>
public sealed class SearchQueries(RelationsDbContext db, RelationCatalog catalog)
{
    /// <summary>Results shown per kind on the page of all kinds.</summary>
    public const int PerKind = 20;

    /// <summary>Results shown on the page of one kind: beyond this, more words help more than more rows.</summary>
    public const int OneKind = 500;

    /// <summary>A fact found, and how many of its kind were found.</summary>
    internal sealed record Hit(SearchKind Kind, int FactId, int Total);

    public async Task<SearchViewModel> SearchAsync(SearchFilter filter, CancellationToken ct)
    {
        var links = await catalog.LinksAsync(ct);
        var terms = SearchTerms.Parse(filter.Q);
        if (terms.IsEmpty)
        {
            var hint = string.IsNullOrWhiteSpace(filter.Q)
                ? "Type a few words: a name, a place, a country, a year, a kind of fact (visit, agreement, embassy…)."
                : "There is no word to search for: type letters or digits (punctuation is ignored).";
            return new SearchViewModel(filter, [], false, [], hint, links);
        }
        var kind = filter.Kind is { } k ? SearchKinds.FromKey(k) : null;
        int? relationId = filter.Relation is { } slug ? (await catalog.ByIdAsync(ct)).Values.FirstOrDefault(r => r.Slug == slug)?.Id ?? -1 : null;
        // One connection for the hits and every kind's facts: EF would take it from the pool and give it back around
        // each of up to nine commands.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var hits = await HitsAsync(terms.Match, kind, relationId, kind is null ? PerKind : OneKind, ct);
            var groups = new List<SearchGroup>();
            foreach (var byKind in hits.GroupBy(h => h.Kind).OrderBy(g => g.Key))
            {
                var found = await SearchResults.LoadAsync(db, catalog, byKind.Key, byKind.Select(h => h.FactId).ToArray(), ct);
                var ranked = byKind.Where(h => found.ContainsKey(h.FactId)).Select(h => found[h.FactId]).ToList();
                groups.Add(new SearchGroup(byKind.Key, byKind.First().Total, ranked));
            }
            return new SearchViewModel(filter, terms.Words, terms.Truncated, groups, null, links);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// The ids of the facts of <paramref name="kind"/> that have every word of <paramref name="terms"/>, as a query
    /// the other filters compose with (the visits page's <c>q</c>), so its counts are the search's.
    /// </summary>
    internal static IQueryable<int> FactIds(RelationsDbContext db, SearchKind kind, SearchTerms terms)
    {
        if (terms.IsEmpty)
        {
            // Nothing to match (only punctuation): nothing matches, as an empty MATCH would be a syntax error.
            return db.Database.SqlQuery<int>($"""SELECT 0 AS "Value" WHERE 0""");
        }
        var match = terms.Match;
        var (first, last) = SearchEntryKey.Range(kind);
        // The kind's rows are a rowid range, which the index scans alone; the fact id is in the key.
        return db.Database.SqlQuery<int>($"""
            SELECT ("rowid" >> {SearchEntryKey.FactShift}) & {SearchEntryKey.FactMask} AS "Value" FROM "SearchIndex"
            WHERE "SearchIndex" MATCH {match} AND "rowid" BETWEEN {first} AND {last}
            """);
    }

    /// <summary>
    /// The best <paramref name="limit"/> facts of each kind, with each kind's total; on the connection
    /// <see cref="SearchAsync"/> holds open.
    /// </summary>
    internal async Task<List<Hit>> HitsAsync(string match, SearchKind? kind, int? relationId, int limit, CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        // Kind, fact and relation are read from each match's key (Data/SearchEntryKey), not looked up: a country's
        // name matches thousands of rows. A kind is a rowid range the index scans alone, and a row of another
        // relation is dropped before it is ranked; a person's row is of no relation, and is kept when the relation
        // names them. bm25 weights: what names the fact (people, a title, a place) 4, its other fields 1, its article
        // line 0.5; lower ranks are better. bm25 is only allowed in the full-text scan itself, so the scan is
        // materialized before it is ranked. Ties go to the lower fact id, as the key of a kind's facts orders them by id.
        command.CommandText = $"""
            WITH "Matches" AS MATERIALIZED (
                SELECT "rowid" >> {SearchEntryKey.FactShift} AS "KindFact", bm25("SearchIndex", 4.0, 1.0, 0.5) AS "Rank" FROM "SearchIndex"
                WHERE "SearchIndex" MATCH $match AND "rowid" BETWEEN $first AND $last
                    AND ($relation IS NULL OR ("rowid" & {SearchEntryKey.RelationMask}) = $relation
                        OR ("rowid" >> {SearchEntryKey.KindShift} = {SearchEntryKey.Code(SearchKind.Person)} AND ("rowid" >> {SearchEntryKey.FactShift}) & {SearchEntryKey.FactMask} IN (
                            {SearchEntryKey.PeopleOfRelationSql("$relation")})))),
            "Ranked" AS (
                SELECT "KindFact", ROW_NUMBER() OVER (PARTITION BY "KindFact" >> {KindFactShift} ORDER BY "Rank", "KindFact") AS "N",
                    COUNT(*) OVER (PARTITION BY "KindFact" >> {KindFactShift}) AS "Total"
                FROM "Matches")
            SELECT "KindFact" >> {KindFactShift}, "KindFact" & {SearchEntryKey.FactMask}, "Total" FROM "Ranked" WHERE "N" <= $limit ORDER BY "KindFact" >> {KindFactShift}, "N"
            """;
        var (first, last) = kind is { } k ? SearchEntryKey.Range(k) : (0, long.MaxValue);
        Add(command, "$match", match);
        Add(command, "$first", first);
        Add(command, "$last", last);
        Add(command, "$relation", relationId is { } r ? r : DBNull.Value);
        Add(command, "$limit", limit);
        var hits = new List<Hit>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            if (SearchEntryKey.KindOf(reader.GetInt32(0)) is { } found)
            {
                hits.Add(new Hit(found, reader.GetInt32(1), reader.GetInt32(2)));
            }
        }
        return hits;
    }

    /// <summary>A key without its relation bits holds the kind this far up.</summary>
    private const int KindFactShift = SearchEntryKey.KindShift - SearchEntryKey.FactShift;

    private static void Add(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}
