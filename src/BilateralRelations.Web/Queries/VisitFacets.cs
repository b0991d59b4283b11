using BilateralRelations.Core.Extraction.Visits;
using BilateralRelations.Web.Data;
using BilateralRelations.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace BilateralRelations.Web.Queries;

/// <summary>What the visit list's filters offer, and the years visits span (first and last year, and how many visits span them).</summary>
public sealed record VisitFacetSet(IReadOnlyList<Option> Levels, IReadOnlyList<Option> Countries, IReadOnlyList<Option> People,
    IReadOnlyList<(int First, int Last, int Visits)> YearSpans)
{
    /// <summary>How many years the longest visit reaches past the year it starts in (0 when every visit is within one year).</summary>
    public int LongestSpanYears { get; } = YearSpans.Select(s => s.Last - s.First).DefaultIfEmpty(0).Max();

    /// <summary>
    /// The nearest years before and after <paramref name="year"/> that some visit overlaps: the latest end among
    /// visits starting earlier (capped at the year before) and the earliest start among visits ending later.
    /// </summary>
    public (int? Previous, int? Next) NeighbourYears(int year)
    {
        var before = YearSpans.Where(s => s.First < year).Select(s => (int?)Math.Min(s.Last, year - 1)).Max();
        var after = YearSpans.Where(s => s.Last > year).Select(s => (int?)Math.Max(s.First, year + 1)).Min();
        return (before, after);
    }

    /// <summary>
    /// How many visits overlap <paramref name="year"/> (a visit of 30 December – 2 January counts in both years), or
    /// how many there are when no year is given: the list's count when the year is its only filter. In SQL that
    /// count read the index entries of the whole year on every page of it.
    /// </summary>
    public int Count(int? year) => YearSpans.Where(s => year is not { } y || (s.First <= y && s.Last >= y)).Sum(s => s.Visits);
}

/// <summary>
/// The visit list's filter options and year spans, built once per data version: on 1,000 articles reading them (four
/// scans of the visits) was a third of every /visits page, though they change only with an import.
/// </summary>
public sealed class VisitFacets(IServiceScopeFactory scopes, DataVersion version)
{
    private readonly PerDataVersion<VisitFacetSet> _set = new(scopes, version, BuildAsync);

    public Task<VisitFacetSet> GetAsync(CancellationToken ct) => _set.GetAsync(ct);

    private static async Task<VisitFacetSet> BuildAsync(RelationsDbContext db)
    {
        // Whole tables on purpose, once per data version.
        var tiers = await db.Visits.AsNoTracking().TagWith(QueryTags.WholeTable).Select(v => v.Tier).Distinct().ToListAsync();
        // Each country once, by its own row (a few hundred index look-ups), not a union of every visit's two sides.
        var countries = await db.Countries.AsNoTracking()
            .Where(c => db.Visits.Any(v => v.VisitingCountryId == c.Id) || db.Visits.Any(v => v.HostCountryId == c.Id))
            .Select(c => new { c.Slug, c.Name })
            .ToListAsync();
        var people = await db.People.AsNoTracking().TagWith(QueryTags.WholeTable).Where(p => p.Visits.Any()).OrderBy(p => p.Name).Select(p => new Option(p.Slug, p.Name)).ToListAsync();
        var spans = await db.Visits.AsNoTracking().TagWith(QueryTags.WholeTable)
            .GroupBy(v => new { First = v.StartDate.Year, Last = v.EndDate.Year })
            .Select(g => new { g.Key.First, g.Key.Last, Visits = g.Count() })
            .ToListAsync();
        return new VisitFacetSet(
            VisitTiers.All.Where(tiers.Contains).Select(t => new Option(VisitTiers.Slug(t), VisitTiers.Label(t))).ToList(),
            countries.OrderBy(c => c.Name).Select(c => new Option(c.Slug, c.Name)).ToList(),
            people,
            spans.Select(s => (s.First, s.Last, s.Visits)).ToList());
    }
}
