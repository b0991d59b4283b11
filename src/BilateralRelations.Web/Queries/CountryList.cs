using BilateralRelations.Core.Extraction.Visits;
using BilateralRelations.Web.Data;
using BilateralRelations.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace BilateralRelations.Web.Queries;

/// <summary>
/// The country list, built once per data version: it counts every visit of the corpus (3,000 grouped rows on 1,000
/// articles, 40 ms a page), though the counts change only with an import.
/// </summary>
public sealed class CountryList(IServiceScopeFactory scopes, DataVersion version)
{
    private readonly PerDataVersion<IReadOnlyList<CountryRow>> _rows = new(scopes, version, BuildAsync);

    public Task<IReadOnlyList<CountryRow>> GetAsync(CancellationToken ct) => _rows.GetAsync(ct);

    /// <summary>
    /// Built from every country of a relation with its visits made, received and of unstated direction: three small reads
    /// counted here by the one rule of <see cref="VisitSides"/> (per-country SQL counts took seconds on large corpora).
    /// </summary>
    private static async Task<IReadOnlyList<CountryRow>> BuildAsync(RelationsDbContext db)
    {
        var relations = await db.Relations.AsNoTracking().Select(r => new { r.CountryAId, r.CountryBId }).ToListAsync();
        // Visits with the same four countries counted together in SQL: the rule runs once per combination, not per visit.
        var visits = await db.Visits.AsNoTracking()
            .GroupBy(v => new { v.VisitingCountryId, v.HostCountryId, v.Relation.CountryAId, v.Relation.CountryBId })
            .Select(g => new { g.Key.VisitingCountryId, g.Key.HostCountryId, g.Key.CountryAId, g.Key.CountryBId, Count = g.Count() })
            .ToListAsync();
        var (made, received, notStated) = (new Dictionary<int, int>(), new Dictionary<int, int>(), new Dictionary<int, int>());
        static void Add(Dictionary<int, int> counts, int id, int n) => counts[id] = counts.GetValueOrDefault(id) + n;
        foreach (var v in visits)
        {
            var (visitor, host) = VisitSides.Of(v.VisitingCountryId, v.HostCountryId, v.CountryAId, v.CountryBId);
            if (visitor is { } by)
            {
                Add(made, by, v.Count);
            }
            if (host is { } to && to != visitor)
            {
                Add(received, to, v.Count);
            }
            foreach (var side in new[] { v.CountryAId, v.CountryBId }.Where(c => c != visitor && c != host))
            {
                Add(notStated, side, v.Count);
            }
        }
        var inRelations = relations.SelectMany(r => new[] { r.CountryAId, r.CountryBId }).GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        var countries = await db.Countries.AsNoTracking().Where(c => inRelations.Keys.Contains(c.Id))
            .Select(c => new { c.Id, c.Slug, c.Name, c.Iso3 }).ToListAsync();
        return countries.OrderBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => new CountryRow(c.Slug, c.Name, c.Iso3, inRelations[c.Id], made.GetValueOrDefault(c.Id), received.GetValueOrDefault(c.Id), notStated.GetValueOrDefault(c.Id)))
            .ToList();
    }
}
