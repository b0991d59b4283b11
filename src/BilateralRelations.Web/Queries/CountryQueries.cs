using BilateralRelations.Core.Extraction.Visits;
using BilateralRelations.Core.Extraction;
using BilateralRelations.Web.Data;
using BilateralRelations.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace BilateralRelations.Web.Queries;

/// <summary>One country across all its relations: the printable country summary, and the country list.</summary>
public sealed class CountryQueries(RelationsDbContext db, VisitQueries visits, FactListQueries facts, TimeProvider clock)
{
    public async Task<IReadOnlyList<CountryRow>> ListAsync(CancellationToken ct)
    {
        var rows = await db.Countries.AsNoTracking()
            .Select(c => new
            {
                c.Slug, c.Name, c.Iso3,
                Relations = db.Relations.Count(r => r.CountryAId == c.Id || r.CountryBId == c.Id),
                Made = db.Visits.Count(v => v.VisitingCountryId == c.Id),
                Received = db.Visits.Count(v => v.HostCountryId == c.Id),
            })
            .Where(c => c.Relations > 0)
            .OrderBy(c => c.Name)
            .ToListAsync(ct);
        return rows.Select(c => new CountryRow(c.Slug, c.Name, c.Iso3, c.Relations, c.Made, c.Received)).ToList();
    }

    public async Task<CountrySummaryViewModel?> GetAsync(string slug, CancellationToken ct)
    {
        var country = await db.Countries.AsNoTracking().Where(c => c.Slug == slug).Select(c => new CountryRef(c.Slug, c.Name, c.Iso3, "a")).FirstOrDefaultAsync(ct);
        if (country is null)
        {
            return null;
        }
        var relations = (await facts.RelationsAsync(ct)).Where(r => r.CountryA.Slug == slug || r.CountryB.Slug == slug).ToList();
        if (relations.Count == 0)
        {
            return null;
        }
        var made = await visits.SearchAsync(new VisitFilter { Visiting = slug }, ct);
        var received = await visits.SearchAsync(new VisitFilter { Host = slug }, ct);
        var abroad = await facts.MissionsAsync(null, slug, null, ct);
        var hosted = await facts.MissionsAsync(null, null, slug, ct);
        var agreements = await facts.AgreementsAsync(null, slug, ct);
        var twins = await facts.SisterCitiesAsync(null, slug, ct);
        var memberships = await facts.MembershipsAsync(null, slug, ct);

        var byTier = made.Select(v => (v.Tier, Made: 1, Received: 0)).Concat(received.Select(v => (v.Tier, Made: 0, Received: 1)))
            .GroupBy(x => x.Tier).OrderBy(g => g.Key == Core.Facts.VisitTier.Other ? 9 : (int)g.Key)
            .Select(g => (VisitTiers.Label(g.Key), g.Sum(x => x.Made), g.Sum(x => x.Received))).ToList();
        var byYear = made.Select(v => (v.Date.Start.Year, Made: 1, Received: 0)).Concat(received.Select(v => (v.Date.Start.Year, Made: 0, Received: 1)))
            .GroupBy(x => x.Year).OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Sum(x => x.Made), g.Sum(x => x.Received))).ToList();
        return new CountrySummaryViewModel(country, relations, abroad, hosted, made, received, byTier, byYear, agreements, twins, memberships, clock.GetUtcNow());
    }
}
