using BilateralRelations.Web.Data;
using BilateralRelations.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace BilateralRelations.Web.Queries;

/// <summary>People: each person once, with every spelling, title and visit.</summary>
public sealed class PeopleQueries(RelationsDbContext db, VisitQueries visits, FactListQueries facts)
{
    public async Task<IReadOnlyList<PersonRow>> ListAsync(CancellationToken ct)
    {
        var rows = await db.People.AsNoTracking()
            .OrderBy(p => p.Name)
            .Select(p => new
            {
                p.Slug, p.Name,
                Country = p.Country == null ? null : new { p.Country.Slug, p.Country.Name, p.Country.Iso3 },
                Spellings = p.Spellings.Select(s => s.Spelling).ToList(),
                Visits = p.Visits.Count,
                First = p.Visits.Min(v => (DateOnly?)v.Visit.StartDate),
                Last = p.Visits.Max(v => (DateOnly?)v.Visit.StartDate),
            })
            .ToListAsync(ct);
        return rows.Select(p => new PersonRow(p.Slug, p.Name, p.Country is null ? null : new CountryRef(p.Country.Slug, p.Country.Name, p.Country.Iso3),
            p.Spellings, p.Visits, p.First is { } f ? Core.Dates.FuzzyDate.Year(f.Year) : null, p.Last is { } l ? Core.Dates.FuzzyDate.Year(l.Year) : null)).ToList();
    }

    public async Task<PersonDetailViewModel?> GetAsync(string slug, CancellationToken ct)
    {
        var person = (await ListAsync(ct)).FirstOrDefault(p => p.Slug == slug);
        if (person is null)
        {
            return null;
        }
        var titles = await db.VisitParticipants.AsNoTracking().Where(p => p.Person.Slug == slug && p.Title != "")
            .Select(p => p.Title).Distinct().ToListAsync(ct);
        var visitRows = await visits.SearchAsync(new VisitFilter { Person = slug }, ct);
        var missions = (await facts.MissionsAsync(null, null, null, ct)).Where(m => m.Ambassadors.Any(a => a.PersonSlug == slug)).ToList();
        return new PersonDetailViewModel(person, titles, visitRows, missions);
    }
}
