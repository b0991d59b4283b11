using System.Data.Common;
using BilateralRelations.Core.Extraction.Visits;
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
                var found = await LoadAsync(byKind.Key, byKind.Select(h => h.FactId).ToList(), ct);
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
                            SELECT "p"."PersonId" FROM "VisitParticipants" AS "p" JOIN "Visits" AS "v" ON "v"."Id" = "p"."VisitId" WHERE "v"."RelationId" = $relation
                            UNION SELECT "a"."PersonId" FROM "Ambassadors" AS "a" JOIN "Missions" AS "m" ON "m"."Id" = "a"."MissionId" WHERE "m"."RelationId" = $relation)))),
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

    /// <summary>
    /// The facts of one kind by id, as results (one query per kind). The ids go as one parameter, a JSON array, as every
    /// list of ids does (see <c>AddRelationsData</c>).
    /// </summary>
    private async Task<Dictionary<int, SearchResult>> LoadAsync(SearchKind kind, List<int> ids, CancellationToken ct)
    {
        IReadOnlyDictionary<int, Projections.RelationData> relations;
        Projections.RelationData R(int id) => relations[id];
        switch (kind)
        {
            case SearchKind.Visit:
                var visits = await db.Visits.AsNoTracking().Where(v => ids.Contains(v.Id)).Select(v => new
                {
                    v.Id, v.Slug, v.StartDate, v.EndDate, v.Precision, v.Tier, v.Description, v.SourceLine, v.SourceText, v.Inference, v.RelationId,
                    Visiting = v.VisitingCountry == null ? null : v.VisitingCountry.Name,
                    Host = v.HostCountry == null ? null : v.HostCountry.Name,
                }).ToListAsync(ct);
                relations = await catalog.CoveringAsync(db, visits.Select(x => x.RelationId), ct);
                return visits.ToDictionary(v => v.Id, v => new SearchResult(kind, v.Slug, v.Description,
                    $"{VisitTiers.Label(v.Tier)} · {Labels.Direction(v.Visiting, v.Host)}",
                    FuzzyDates.From(v.StartDate, v.EndDate, v.Precision), R(v.RelationId).Source(v.SourceLine, v.SourceText, v.Inference), R(v.RelationId).ToLink()));
            case SearchKind.Agreement:
                var agreements = await db.Agreements.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new
                {
                    a.Id, a.Slug, a.Title, a.StartDate, a.EndDate, a.Precision, a.SourceLine, a.SourceText, a.Inference, a.RelationId,
                    // From the join table alone, as FactListQueries reads them: through the Parties navigation SQLite
                    // built the parties of every agreement for each search.
                    Parties = db.Set<Dictionary<string, object>>("AgreementParty").Where(p => EF.Property<int>(p, "AgreementId") == a.Id)
                        .Select(p => EF.Property<int>(p, "PartiesId")).ToList(),
                }).ToListAsync(ct);
                relations = await catalog.CoveringAsync(db, agreements.Select(x => x.RelationId), ct);
                var parties = await catalog.CountriesCoveringAsync(db, agreements.SelectMany(a => a.Parties), ct);
                return agreements.ToDictionary(a => a.Id, a => new SearchResult(kind, a.Slug, a.Title,
                    string.Join(" – ", a.Parties.Select(p => parties[p].Name).Order(StringComparer.Ordinal)),
                    FuzzyDates.From(a.StartDate, a.EndDate, a.Precision), R(a.RelationId).Source(a.SourceLine, a.SourceText, a.Inference), R(a.RelationId).ToLink()));
            case SearchKind.Mission:
                var missions = await db.Missions.AsNoTracking().Where(m => ids.Contains(m.Id)).Select(m => new
                {
                    m.Id, m.Slug, m.Kind, m.City, Sending = m.SendingCountry.Name, Host = m.HostCountry.Name,
                    ResidentIn = m.ResidentInCountry == null ? null : m.ResidentInCountry.Name,
                    m.OpenedStart, m.OpenedEnd, m.OpenedPrecision, m.SourceLine, m.SourceText, m.Inference, m.RelationId,
                }).ToListAsync(ct);
                relations = await catalog.CoveringAsync(db, missions.Select(x => x.RelationId), ct);
                return missions.ToDictionary(m => m.Id, m => new SearchResult(kind, m.Slug, $"{Labels.Of(m.Kind)} of {m.Sending}",
                    m.City is null ? $"in {m.Host}" : m.ResidentIn is null ? $"{m.City}, {m.Host}" : $"{m.City} ({m.ResidentIn}), accredited to {m.Host}",
                    FuzzyDates.From(m.OpenedStart, m.OpenedEnd, m.OpenedPrecision), R(m.RelationId).Source(m.SourceLine, m.SourceText, m.Inference), R(m.RelationId).ToLink()));
            case SearchKind.Ambassador:
                var ambassadors = await db.Ambassadors.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new
                {
                    a.Id, a.Name, MissionSlug = a.Mission.Slug, Sending = a.Mission.SendingCountry.Name, Host = a.Mission.HostCountry.Name,
                    a.SinceStart, a.SinceEnd, a.SincePrecision, a.SourceLine, a.SourceText, a.Inference, a.Mission.RelationId,
                }).ToListAsync(ct);
                relations = await catalog.CoveringAsync(db, ambassadors.Select(x => x.RelationId), ct);
                return ambassadors.ToDictionary(a => a.Id, a => new SearchResult(kind, a.MissionSlug, a.Name, $"Ambassador of {a.Sending} to {a.Host}",
                    FuzzyDates.From(a.SinceStart, a.SinceEnd, a.SincePrecision), R(a.RelationId).Source(a.SourceLine, a.SourceText, a.Inference), R(a.RelationId).ToLink()));
            case SearchKind.SisterCity:
                var cities = await db.SisterCities.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new
                {
                    s.Id, s.Slug, s.City, s.PartnerCity, Country = s.Country == null ? null : s.Country.Name, Partner = s.PartnerCountry == null ? null : s.PartnerCountry.Name,
                    s.SourceLine, s.SourceText, s.Inference, s.RelationId,
                }).ToListAsync(ct);
                relations = await catalog.CoveringAsync(db, cities.Select(x => x.RelationId), ct);
                return cities.ToDictionary(s => s.Id, s => new SearchResult(kind, s.Slug, $"{s.City} – {s.PartnerCity}",
                    $"{s.Country ?? "country not stated"} – {s.Partner ?? "country not stated"}", null,
                    R(s.RelationId).Source(s.SourceLine, s.SourceText, s.Inference), R(s.RelationId).ToLink()));
            case SearchKind.Membership:
                var memberships = await db.Memberships.AsNoTracking().Where(m => ids.Contains(m.Id)).Select(m => new
                {
                    m.Id, m.Slug, m.Organisation, Country = m.Country.Name, m.Status, m.SinceStart, m.SinceEnd, m.SincePrecision,
                    m.SourceLine, m.SourceText, m.Inference, m.RelationId,
                }).ToListAsync(ct);
                relations = await catalog.CoveringAsync(db, memberships.Select(x => x.RelationId), ct);
                return memberships.ToDictionary(m => m.Id, m => new SearchResult(kind, m.Slug, m.Organisation, $"{m.Country}: {Labels.Of(m.Status)}",
                    FuzzyDates.From(m.SinceStart, m.SinceEnd, m.SincePrecision), R(m.RelationId).Source(m.SourceLine, m.SourceText, m.Inference), R(m.RelationId).ToLink()));
            case SearchKind.Event:
                var events = await db.Events.AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => new
                {
                    e.Id, e.Slug, e.Title, e.Kind, e.StartDate, e.EndDate, e.Precision, e.SourceLine, e.SourceText, e.Inference, e.RelationId,
                }).ToListAsync(ct);
                relations = await catalog.CoveringAsync(db, events.Select(x => x.RelationId), ct);
                return events.ToDictionary(e => e.Id, e => new SearchResult(kind, e.Slug, e.Title, Labels.Of(e.Kind),
                    FuzzyDates.From(e.StartDate, e.EndDate, e.Precision), R(e.RelationId).Source(e.SourceLine, e.SourceText, e.Inference), R(e.RelationId).ToLink()));
            default:
                var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new
                {
                    p.Id, p.Slug, p.Name, Country = p.Country == null ? null : p.Country.Name, Visits = p.Visits.Count,
                }).ToListAsync(ct);
                return people.ToDictionary(p => p.Id, p => new SearchResult(kind, p.Slug, p.Name,
                    $"{p.Country ?? "country not stated"} · {Labels.Count(p.Visits, "visit")}", null, null, null));
        }
    }
}
