using BilateralRelations.Web.Data;
using BilateralRelations.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace BilateralRelations.Web.Queries;

/// <summary>The relations index: per relation, how many facts of each kind, its latest dated fact and its visits per year.</summary>
public sealed class RelationIndexQueries(RelationsDbContext db, FactListQueries facts)
{
    public async Task<RelationIndexViewModel> GetAsync(RelationIndexFilter filter, CancellationToken ct)
    {
        var relations = await facts.RelationsAsync(ct);
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
        }).ToDictionaryAsync(r => r.Slug, ct);
        // The shared scale of the sparklines: from the first visit's year to the last one's.
        var range = await db.Visits.AsNoTracking().TagWith(QueryTags.WholeTable).GroupBy(v => 1)
            .Select(g => new { First = g.Min(v => v.StartDate), Last = g.Max(v => v.EndDate) }).FirstOrDefaultAsync(ct);
        int? firstYear = range?.First.Year;
        int? lastYear = range?.Last.Year;

        var rows = relations.Select(r =>
        {
            var c = counts[r.Slug];
            DateOnly?[] dates = [c.Visit, c.Agreement, c.Event, c.Mission, c.Ambassador, c.Membership];
            return new RelationIndexRow(r, c.Visits, c.Agreements, c.Missions, c.SisterCities, c.Memberships, c.Events, dates.Max(), []);
        });
        var page = Sort(rows, filter).Skip((filter.Page - 1) * RelationIndexFilter.PageSize).Take(RelationIndexFilter.PageSize).ToList();

        // Visits per year as the overview counts them (a visit spanning two years counts in both), for this page's
        // relations only: every relation's took most of the page's time on large corpora.
        var ids = page.Select(r => counts[r.Relation.Slug].Id).ToList();
        var spans = await db.Visits.AsNoTracking()
            .Where(v => ids.Contains(v.RelationId))
            .GroupBy(v => new { v.RelationId, First = v.StartDate.Year, Last = v.EndDate.Year })
            .Select(g => new { g.Key.RelationId, g.Key.First, g.Key.Last, Count = g.Count() })
            .ToListAsync(ct);
        var perYear = spans
            .SelectMany(s => Enumerable.Range(s.First, s.Last - s.First + 1).Select(year => (s.RelationId, Year: year, s.Count)))
            .GroupBy(s => s.RelationId)
            .ToDictionary(g => g.Key, g => g.GroupBy(s => s.Year).ToDictionary(y => y.Key, y => y.Sum(s => s.Count)));
        page = page.Select(row =>
        {
            var years = perYear.GetValueOrDefault(counts[row.Relation.Slug].Id);
            return row with
            {
                VisitsPerYear = firstYear is { } from && lastYear is { } to
                    ? Enumerable.Range(from, to - from + 1).Select(y => new YearBar(y, years?.GetValueOrDefault(y) ?? 0)).ToList()
                    : [],
            };
        }).ToList();
        return new RelationIndexViewModel(filter, page, firstYear, lastYear, relations.Count);
    }

    private static IEnumerable<RelationIndexRow> Sort(IEnumerable<RelationIndexRow> rows, RelationIndexFilter filter)
    {
        var desc = filter.EffectiveOrder == SortOrder.Desc;
        IOrderedEnumerable<RelationIndexRow> sorted = filter.Sort switch
        {
            RelationSort.Visits => desc ? rows.OrderByDescending(r => r.Visits) : rows.OrderBy(r => r.Visits),
            // Relations without a dated fact come last either way.
            RelationSort.Latest => desc ? rows.OrderByDescending(r => r.LatestFact ?? DateOnly.MinValue) : rows.OrderBy(r => r.LatestFact is null).ThenBy(r => r.LatestFact),
            _ => desc ? rows.OrderByDescending(r => r.Relation.Title, StringComparer.Ordinal) : rows.OrderBy(r => r.Relation.Title, StringComparer.Ordinal),
        };
        return sorted.ThenBy(r => r.Relation.Title, StringComparer.Ordinal);
    }
}
