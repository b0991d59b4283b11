using System.Collections.Concurrent;
using BilateralRelations.Web.Data;
using BilateralRelations.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace BilateralRelations.Web.Queries;

/// <summary>One relation's counts per kind, its latest dated fact and its visits per year (a visit spanning two years in both).</summary>
public sealed record RelationCounts(int Visits, int Agreements, int Missions, int SisterCities, int Memberships, int Events, DateOnly? LatestFact,
    IReadOnlyDictionary<int, int> VisitsPerYear)
{
    public static RelationCounts None { get; } = new(0, 0, 0, 0, 0, 0, null, new Dictionary<int, int>());
}

/// <summary>Every relation's counts by slug, and the span of all visits (the shared scale of the sparklines).</summary>
public sealed record RelationStatisticsSet(IReadOnlyDictionary<string, RelationCounts> BySlug, int? FirstYear, int? LastYear)
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<YearBar>> _visitsPerYear = new(StringComparer.Ordinal);

    /// <summary>The relation's counts (none for a relation newer than these statistics).</summary>
    public RelationCounts Of(string slug) => BySlug.GetValueOrDefault(slug) ?? RelationCounts.None;

    /// <summary>
    /// The relation's visits per year on the shared span, one bar a year (none if no visit is dated): made once and
    /// kept with these statistics, so that its sparkline is drawn once too (<see cref="Sparkline"/>).
    /// </summary>
    public IReadOnlyList<YearBar> VisitsPerYear(string slug) => _visitsPerYear.GetOrAdd(slug, s =>
        FirstYear is { } from && LastYear is { } to
            ? Enumerable.Range(from, to - from + 1).Select(y => new YearBar(y, Of(s).VisitsPerYear.GetValueOrDefault(y))).ToList()
            : []);
}

/// <summary>
/// The relations index's numbers, built once per data version: on 1,000 articles the twelve counts and maxima per
/// relation took most of a 40 ms page in SQL on every request, though they change only with an import.
/// </summary>
public sealed class RelationStatistics(IServiceScopeFactory scopes, DataVersion version)
{
    private readonly PerDataVersion<RelationStatisticsSet> _set = new(scopes, version, BuildAsync);

    public Task<RelationStatisticsSet> GetAsync(CancellationToken ct) => _set.GetAsync(ct);

    private static async Task<RelationStatisticsSet> BuildAsync(RelationsDbContext db)
    {
        // One row per relation, every count and latest date a correlated subquery: one round trip whatever the corpus.
        var counts = await db.Relations.AsNoTracking().Select(r => new
        {
            r.Slug,
            r.Id,
            Visits = r.Visits.Count,
            Agreements = r.Agreements.Count,
            Missions = r.Missions.Count,
            SisterCities = r.SisterCities.Count,
            Memberships = r.Memberships.Count,
            Events = r.Events.Count,
            Visit = r.Visits.Max(v => (DateOnly?)v.StartDate),
            Agreement = r.Agreements.Max(a => a.StartDate),
            Event = r.Events.Max(e => (DateOnly?)e.StartDate),
            Mission = r.Missions.Max(m => m.OpenedStart),
            Ambassador = r.Missions.SelectMany(m => m.Ambassadors).Max(a => a.SinceStart),
            Membership = r.Memberships.Max(m => m.SinceStart),
        }).ToListAsync();
        var spans = await db.Visits.AsNoTracking().TagWith(QueryTags.WholeTable)
            .GroupBy(v => new { v.RelationId, First = v.StartDate.Year, Last = v.EndDate.Year })
            .Select(g => new { g.Key.RelationId, g.Key.First, g.Key.Last, Count = g.Count() })
            .ToListAsync();
        var perYear = spans
            .SelectMany(s => Enumerable.Range(s.First, s.Last - s.First + 1).Select(year => (s.RelationId, Year: year, s.Count)))
            .GroupBy(s => s.RelationId)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<int, int>)g.GroupBy(s => s.Year).ToDictionary(y => y.Key, y => y.Sum(s => s.Count)));
        var bySlug = counts.ToDictionary(c => c.Slug, c =>
        {
            DateOnly?[] dates = [c.Visit, c.Agreement, c.Event, c.Mission, c.Ambassador, c.Membership];
            return new RelationCounts(c.Visits, c.Agreements, c.Missions, c.SisterCities, c.Memberships, c.Events, dates.Max(),
                perYear.GetValueOrDefault(c.Id) ?? new Dictionary<int, int>());
        });
        return new RelationStatisticsSet(bySlug, spans.Count == 0 ? null : spans.Min(s => s.First), spans.Count == 0 ? null : spans.Max(s => s.Last));
    }
}
