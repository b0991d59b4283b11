using BilateralRelations.Core.Extraction.Visits;
using BilateralRelations.Core.Facts;
using BilateralRelations.Web.ViewModels;

namespace BilateralRelations.Web.Queries;

/// <summary>
/// A country's visits sorted in one pass into made, received and of unstated direction: per relation, per level
/// and per year. Each visit's direction is worked out once (it was worked out again by every count of the summary).
/// </summary>
internal sealed class CountryVisits(string country)
{
    private const int Made = 0, Received = 1, NotStated = 2;

    /// <summary>One relation's visits, by direction, listed in the order they were added.</summary>
    public sealed record Groups(VisitGroup Made, VisitGroup Received, VisitGroup NotStated);

    private readonly Dictionary<int, Groups> _byRelation = [];
    private readonly Dictionary<VisitTier, int[]> _byTier = [];
    private readonly SortedDictionary<int, int[]> _perYear = [];

    /// <summary>The visits of each relation by its id, with every relation added, visited or not.</summary>
    public IReadOnlyDictionary<int, Groups> ByRelation => _byRelation;

    /// <summary>
    /// Adds a visit of the relation <paramref name="relationId"/>, whose countries are <paramref name="relation"/>'s, to
    /// every count, and to its group's list when the summary <paramref name="listed"/> it.
    /// </summary>
    public void Add(int relationId, RelationLink relation, CountryVisit visit, bool listed = true)
    {
        // The sides between the relation's two countries, by the rule every page counts with (VisitSides).
        var (visitor, host) = VisitSides.Of(visit.Visiting, visit.Host, relation.CountryA, relation.CountryB);
        var direction = visitor?.Slug == country ? Made : host?.Slug == country ? Received : NotStated;
        var groups = Relation(relationId);
        (direction switch { Made => groups.Made, Received => groups.Received, _ => groups.NotStated }).Add(visit, listed);
        Count(_byTier, visit.Tier, direction);
        // A visit spanning two years counts in both, as on the relation overview.
        for (var year = visit.Date.Start.Year; year <= visit.Date.End.Year; year++)
        {
            Count(_perYear, year, direction);
        }
    }

    /// <summary>The relation's groups, added empty the first time.</summary>
    public Groups Relation(int relationId)
    {
        if (!_byRelation.TryGetValue(relationId, out var groups))
        {
            _byRelation[relationId] = groups = new Groups(new(), new(), new());
        }
        return groups;
    }

    /// <summary>The visits per level, the canonical levels in order and "other" last.</summary>
    public List<TierCounts> ByTier() => _byTier.OrderBy(t => VisitTiers.Rank(t.Key))
        .Select(t => new TierCounts(VisitTiers.Label(t.Key), t.Value[Made], t.Value[Received], t.Value[NotStated]))
        .ToList();

    /// <summary>The visits per year (made, received, not stated), the years in order.</summary>
    public List<YearChartBar> PerYear() => _perYear.Select(y => new YearChartBar(y.Key, y.Value, null)).ToList();

    private static void Count<TKey>(IDictionary<TKey, int[]> counts, TKey key, int direction)
    {
        if (!counts.TryGetValue(key, out var byDirection))
        {
            counts[key] = byDirection = new int[3];
        }
        byDirection[direction]++;
    }
}
