using BilateralRelations.Web.Data;
using BilateralRelations.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace BilateralRelations.Web.Queries;

/// <summary>
/// A dated fact as the timeline orders, counts and filters it, without its text: <see cref="Month"/> is the month
/// it starts in (year × 12 + month − 1), <see cref="Side"/> the visiting side of a visit ("a", "b" or null).
/// </summary>
public readonly record struct TimelineEntry(TimelineKind Kind, int Id, int RelationId, int Month, string? Side, int[] Countries)
{
    public int Year => Month / 12;
}

/// <summary>Every dated fact in timeline order, every relation and every country by id (no side: that depends on the relation).</summary>
public sealed record TimelineFacts(TimelineEntry[] Entries, IReadOnlyDictionary<int, RelationLink> Relations, IReadOnlyDictionary<int, CountryRef> Countries)
{
    /// <summary>The relations by title, for the filter.</summary>
    public IReadOnlyList<RelationLink> RelationList { get; } = Relations.Values.OrderBy(r => r.Title, StringComparer.Ordinal).ToList();

    /// <summary>The id of the relation <paramref name="slug"/>, or 0 (no fact has it).</summary>
    public int RelationId(string slug) => _relationsBySlug.GetValueOrDefault(slug);

    private readonly Dictionary<string, int> _relationsBySlug = Relations.ToDictionary(r => r.Value.Slug, r => r.Key);

    /// <summary>
    /// The facts of the relation <paramref name="slug"/>, in timeline order; none for a relation no fact has. Grouped
    /// once: one relation's timeline looked through every fact of the corpus for its own on each request.
    /// </summary>
    public TimelineEntry[] EntriesOf(string slug) =>
        (_byRelation ??= Entries.GroupBy(e => e.RelationId).ToDictionary(g => g.Key, g => g.ToArray())).GetValueOrDefault(RelationId(slug)) ?? [];

    private readonly Dictionary<string, int> _bySlug = Countries.ToDictionary(c => c.Value.Slug, c => c.Key);
    private IReadOnlyList<Option>? _countryOptions;
    private MonthHistogram? _months;
    private Dictionary<int, TimelineEntry[]>? _byRelation;

    /// <summary>Every fact counted by month, kind and side: the counts of all relations, the same for every request.</summary>
    public MonthHistogram Months => _months ??= new MonthHistogram(Entries);

    /// <summary>The countries some dated fact names, by name, for the filter: the same for every request of all relations.</summary>
    public IReadOnlyList<Option> CountryOptions => _countryOptions ??= CountryOptionsOf(Entries, Countries);

    public static IReadOnlyList<Option> CountryOptionsOf(IEnumerable<TimelineEntry> entries, IReadOnlyDictionary<int, CountryRef> countries) =>
        entries.SelectMany(e => e.Countries).Distinct().Select(id => countries[id]).OrderBy(c => c.Name).Select(c => new Option(c.Slug, c.Name)).ToList();

    /// <summary>The id of the country <paramref name="slug"/>, or -1 (no fact names it) when there is none.</summary>
    public int CountryId(string slug) => _bySlug.GetValueOrDefault(slug, -1);
}

/// <summary>
/// The timeline's order and counts over the whole corpus, built once per data version. Every timeline page needs the
/// span, the counts per year of every lane and the position of its page among all facts: in SQL that is a sort and
/// a GROUP BY over every fact per request (about 40 ms each on 1,000 articles, measured), here a scan of a few MB
/// of small structs. The relations and countries (a few hundred rows) come with it, so an API page does not read the
/// relation list again. The texts of the facts stay in the database: a page reads only those it shows.
/// </summary>
public sealed class TimelineIndex(IServiceScopeFactory scopes, DataVersion version)
{
    private readonly PerDataVersion<TimelineFacts> _facts = new(scopes, version, BuildAsync);

    public Task<TimelineFacts> GetAsync(CancellationToken ct) => _facts.GetAsync(ct);

    private static async Task<TimelineFacts> BuildAsync(RelationsDbContext db)
    {
        var relations = (await db.Relations.AsNoTracking().Select(Projections.Relation).ToListAsync()).ToDictionary(r => r.Id, r => r.ToLink());
        var countries = await db.Countries.AsNoTracking().ToDictionaryAsync(c => c.Id, c => new CountryRef(c.Slug, c.Name, c.Iso3, ""));
        var parties = (await db.Database.SqlQueryRaw<PartyRow>("SELECT AgreementId, PartiesId FROM AgreementParty ORDER BY AgreementId, PartiesId").ToListAsync())
            .GroupBy(p => p.AgreementId).ToDictionary(g => g.Key, g => g.Select(p => p.PartiesId).ToArray());
        var rows = await db.Database.SqlQueryRaw<EntryRow>(EntriesSql).ToListAsync();
        var entries = rows.Select(r => new TimelineEntry((TimelineKind)r.Kind, r.Id, r.RelationId, r.Start.Year * 12 + r.Start.Month - 1, r.Side,
            r.Kind == (int)TimelineKind.Agreement ? parties.GetValueOrDefault(r.Id, []) : Ids(r.C1, r.C2))).ToArray();
        return new TimelineFacts(entries, relations, countries);
    }

    private static int[] Ids(int? a, int? b) => (a, b) switch
    {
        ({ } x, { } y) => [x, y],
        ({ } x, null) => [x],
        (null, { } y) => [y],
        _ => [],
    };

    private sealed record PartyRow(int AgreementId, int PartiesId);

    private sealed record EntryRow(int Kind, int Id, int RelationId, DateOnly Start, string? Side, int? C1, int? C2);

    /// <summary>
    /// Every dated fact, in the list's order: by date (a precise date before a vaguer one that starts the same day),
    /// then by line, then as each kind's own list orders them (missions by country names, memberships by
    /// organisation), so equal dates always come in the same order. Kinds are <see cref="TimelineKind"/>'s values.
    /// </summary>
    private const string EntriesSql = """
        SELECT Kind, Id, RelationId, Start, Side, C1, C2 FROM (
            SELECT 0 AS Kind, v.Id AS Id, v.RelationId AS RelationId, v.StartDate AS Start, v.EndDate AS EndDate, v.Precision AS Precision,
                v.SourceLine AS Line, '' AS SortA, '' AS SortB,
                CASE WHEN v.VisitingCountryId = r.CountryAId THEN 'a' WHEN v.VisitingCountryId = r.CountryBId THEN 'b' END AS Side,
                v.VisitingCountryId AS C1, v.HostCountryId AS C2
            FROM Visits v JOIN Relations r ON r.Id = v.RelationId
            UNION ALL
            SELECT 1, a.Id, a.RelationId, a.StartDate, a.EndDate, a.Precision, a.SourceLine, '', '', NULL, NULL, NULL
            FROM Agreements a WHERE a.StartDate IS NOT NULL
            UNION ALL
            SELECT 2, m.Id, m.RelationId, m.OpenedStart, m.OpenedEnd, m.OpenedPrecision, COALESCE(m.OpenedSourceLine, m.SourceLine), s.Name, h.Name,
                NULL, m.SendingCountryId, m.HostCountryId
            FROM Missions m JOIN Countries s ON s.Id = m.SendingCountryId JOIN Countries h ON h.Id = m.HostCountryId WHERE m.OpenedStart IS NOT NULL
            UNION ALL
            SELECT 3, b.Id, m.RelationId, b.SinceStart, b.SinceEnd, b.SincePrecision, b.SourceLine, s.Name, h.Name, NULL, m.SendingCountryId, m.HostCountryId
            FROM Ambassadors b JOIN Missions m ON m.Id = b.MissionId JOIN Countries s ON s.Id = m.SendingCountryId JOIN Countries h ON h.Id = m.HostCountryId
            WHERE b.SinceStart IS NOT NULL
            UNION ALL
            SELECT 4, x.Id, x.RelationId, x.SinceStart, x.SinceEnd, x.SincePrecision, x.SourceLine, x.Organisation, c.Name, NULL, x.CountryId, NULL
            FROM Memberships x JOIN Countries c ON c.Id = x.CountryId WHERE x.SinceStart IS NOT NULL
            UNION ALL
            SELECT 5, e.Id, e.RelationId, e.StartDate, e.EndDate, e.Precision, e.SourceLine, '', '', NULL, r.CountryAId, r.CountryBId
            FROM Events e JOIN Relations r ON r.Id = e.RelationId
        )
        ORDER BY Start, CASE Precision WHEN 'Day' THEN 0 WHEN 'Month' THEN 1 ELSE 2 END, EndDate, Line, Kind, SortA, SortB, Id
        """;
}
