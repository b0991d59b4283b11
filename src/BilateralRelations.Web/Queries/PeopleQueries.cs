using BilateralRelations.Web.Data;
using BilateralRelations.Web.Data.Entities;
using BilateralRelations.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace BilateralRelations.Web.Queries;

/// <summary>People: each person once, with every spelling, title and visit.</summary>
public sealed class PeopleQueries(RelationsDbContext db, VisitQueries visits, FactListQueries facts)
{
    public async Task<IReadOnlyList<PersonRow>> ListAsync(CancellationToken ct) => (await ListAsync(Slice.All, ct)).Rows;

    /// <summary>
    /// A part of the people by name. Their visit counts and years come from one grouped read of the participants:
    /// as subqueries beside the spellings they were counted again for every spelling of every person.
    /// </summary>
    public async Task<Paged<PersonRow>> ListAsync(Slice slice, CancellationToken ct)
    {
        var page = db.People.AsNoTracking().OrderBy(p => p.Name).ThenBy(p => p.Id).Take(slice);
        var people = await Rows(page).ToListAsync(ct);
        // A part's people as a subquery of the same page (a list of ids as a parameter made SQLite look up each one in it per row).
        var ids = page.Select(p => p.Id);
        var participants = slice == Slice.All ? db.VisitParticipants.AsNoTracking() : db.VisitParticipants.AsNoTracking().Where(p => ids.Contains(p.PersonId));
        // An explicit join before grouping: through the Visit navigation EF Core made each MIN and MAX a correlated
        // subquery over all the person's visits, for every participant row.
        var stats = await participants
            .Join(db.Visits, p => p.VisitId, v => v.Id, (p, v) => new { p.PersonId, v.StartDate })
            .GroupBy(p => p.PersonId)
            .Select(g => new VisitStats(g.Key, g.Count(), g.Min(p => p.StartDate), g.Max(p => p.StartDate)))
            .ToDictionaryAsync(s => s.PersonId, ct);
        var total = slice == Slice.All ? people.Count : await db.People.CountAsync(ct);
        return new(people.Select(p => p.ToRow(stats.GetValueOrDefault(p.Id))).ToList(), total);
    }

    public async Task<PersonDetailViewModel?> GetAsync(string slug, CancellationToken ct)
    {
        // Compiled queries, and one connection for the page's commands (see CountryQueries.GetAsync).
        await db.Database.OpenConnectionAsync(ct);
        var found = await Person(db, slug, ct);
        if (found is null)
        {
            return null;
        }
        var titles = await TitlesOf(db, found.Id).ToListAsync(ct);
        var visitRows = await visits.OfPersonAsync(slug, VisitFilter.PageSize, ct);
        var missions = await facts.MissionsHeadedByAsync(slug, ct);
        // The person's counts over all their visits (each time they are among a visit's people): from the rows when
        // the page lists every one, else read.
        var stats = visitRows.Count == 0 ? null
            : visitRows.Count < VisitFilter.PageSize
                ? new VisitStats(found.Id, visitRows.Sum(v => v.People.Count(p => p.Slug == slug)), visitRows.Min(v => v.Date.Start), visitRows.Max(v => v.Date.Start))
                : await StatsOf(db, found.Id, ct);
        return new PersonDetailViewModel(found.ToRow(stats), titles, visitRows, missions);
    }

    // The person's counts over all their visits, when the page lists a part of them.
    private static readonly Func<RelationsDbContext, int, CancellationToken, Task<VisitStats?>> StatsOf = EF.CompileAsyncQuery(
        (RelationsDbContext db, int person, CancellationToken ct) => db.VisitParticipants.Where(p => p.PersonId == person)
            .Join(db.Visits, p => p.VisitId, v => v.Id, (p, v) => new { p.PersonId, v.StartDate })
            .GroupBy(p => p.PersonId)
            .Select(g => new VisitStats(g.Key, g.Count(), g.Min(p => p.StartDate), g.Max(p => p.StartDate)))
            .FirstOrDefault());

    private static readonly Func<RelationsDbContext, string, CancellationToken, Task<PersonData?>> Person = EF.CompileAsyncQuery(
        (RelationsDbContext db, string slug, CancellationToken ct) => db.People.AsNoTracking().Where(p => p.Slug == slug).Select(p => new PersonData(
            p.Id, p.Slug, p.Name,
            p.Country == null ? null : new Projections.CountryData(p.Country.Slug, p.Country.Name, p.Country.Iso3),
            p.Spellings.Select(s => s.Spelling).ToList())).FirstOrDefault());

    private static readonly Func<RelationsDbContext, int, IAsyncEnumerable<string>> TitlesOf = EF.CompileAsyncQuery(
        (RelationsDbContext db, int person) => db.VisitParticipants.AsNoTracking().Where(p => p.PersonId == person && p.Title != "")
            .Select(p => p.Title).Distinct());

    private static IQueryable<PersonData> Rows(IQueryable<Person> people) => people.Select(p => new PersonData(
        p.Id, p.Slug, p.Name,
        p.Country == null ? null : new Projections.CountryData(p.Country.Slug, p.Country.Name, p.Country.Iso3),
        p.Spellings.Select(s => s.Spelling).ToList()));

    private sealed record PersonData(int Id, string Slug, string Name, Projections.CountryData? Country, List<string> Spellings)
    {
        public PersonRow ToRow(VisitStats? stats) => new(Slug, Name, Country is null ? null : new CountryRef(Country.Slug, Country.Name, Country.Iso3),
            Spellings, stats?.Count ?? 0,
            stats is null ? null : Core.Dates.FuzzyDate.Year(stats.First.Year), stats is null ? null : Core.Dates.FuzzyDate.Year(stats.Last.Year));
    }

    private sealed record VisitStats(int PersonId, int Count, DateOnly First, DateOnly Last);
}
