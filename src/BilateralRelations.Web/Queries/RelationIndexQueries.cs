using BilateralRelations.Web.ViewModels;

namespace BilateralRelations.Web.Queries;

/// <summary>The relations index: per relation, how many facts of each kind, its latest dated fact and its visits per year.</summary>
public sealed class RelationIndexQueries(FactListQueries facts, RelationStatistics statistics)
{
    public async Task<RelationIndexViewModel> GetAsync(RelationIndexFilter filter, CancellationToken ct)
    {
        var relations = await facts.RelationsAsync(ct);
        var set = await statistics.GetAsync(ct);
        // A relation newer than the statistics (another instance imported a moment ago) shows no counts until they catch up.
        var rows = relations.Select(r =>
        {
            var c = set.Of(r.Slug);
            return new RelationIndexRow(r, c.Visits, c.Agreements, c.Missions, c.SisterCities, c.Memberships, c.Events, c.LatestFact, []);
        });
        var page = Sort(rows, filter).Skip((filter.Page - 1) * RelationIndexFilter.PageSize).Take(RelationIndexFilter.PageSize)
            // Every sparkline on the same scale: from the first visit's year to the last one's.
            .Select(row => row with { VisitsPerYear = set.VisitsPerYear(row.Relation.Slug) })
            .ToList();
        return new RelationIndexViewModel(filter, page, set.FirstYear, set.LastYear, relations.Count);
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
