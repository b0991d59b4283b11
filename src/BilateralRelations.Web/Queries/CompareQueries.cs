using BilateralRelations.Core.Extraction.Visits;
using BilateralRelations.Web.ViewModels;

namespace BilateralRelations.Web.Queries;

/// <summary>
/// Relations side by side. Each column is the relation's own overview, read by the same query, so the compare page
/// can never disagree with a relation's page.
/// </summary>
public sealed class CompareQueries(OverviewQueries overview, FactListQueries facts)
{
    /// <summary>
    /// The columns of <paramref name="slugs"/> (the filter has checked they exist), in the order of their titles: the
    /// output cache keys a page by its query values in any order (and sorts the request's own), so the order given
    /// cannot be the page's.
    /// </summary>
    public async Task<CompareViewModel> GetAsync(IReadOnlyList<string> slugs, CancellationToken ct)
    {
        var all = await facts.RelationsAsync(ct);
        var columns = new List<CompareColumn>();
        foreach (var relation in all.Where(r => slugs.Contains(r.Slug)))
        {
            columns.Add(new CompareColumn((await overview.GetAsync(relation.Slug, ct))!));
        }
        var bars = columns.SelectMany(c => c.Overview.VisitsPerYear).ToList();
        var years = bars.Count == 0 ? [] : Enumerable.Range(bars.Min(b => b.Year), bars.Max(b => b.Year) - bars.Min(b => b.Year) + 1).ToList();
        var tiers = VisitTiers.All.Select(VisitTiers.Label)
            .Where(label => columns.Any(c => c.AtLevel(label) > 0)).ToList();
        return new CompareViewModel(columns, all, years, tiers);
    }
}
