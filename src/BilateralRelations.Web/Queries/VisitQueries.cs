using BilateralRelations.Core.Extraction.Visits;
using BilateralRelations.Core.Text;
using BilateralRelations.Web.Data;
using BilateralRelations.Web.Data.Entities;
using BilateralRelations.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace BilateralRelations.Web.Queries;

/// <summary>Visit search and detail, shared by the pages, the CSV export and the JSON API.</summary>
public sealed class VisitQueries(RelationsDbContext db)
{
    /// <summary>Every visit matching the filter (the CSV, the API and the other pages), or one page of them.</summary>
    public Task<IReadOnlyList<VisitRow>> SearchAsync(VisitFilter filter, CancellationToken ct, bool onePage = false) =>
        onePage ? SearchAsync(filter, (filter.Page - 1) * VisitFilter.PageSize, VisitFilter.PageSize, ct) : SearchAsync(filter, 0, int.MaxValue, ct);

    /// <summary>The visits matching the filter from index <paramref name="skip"/>, at most <paramref name="take"/>: paged in SQL.</summary>
    public async Task<IReadOnlyList<VisitRow>> SearchAsync(VisitFilter filter, int skip, int take, CancellationToken ct)
    {
        var query = Filter(db.Visits.AsNoTracking(), filter);
        query = filter.Sort == SortOrder.Desc
            ? query.OrderByDescending(v => v.StartDate).ThenByDescending(v => v.EndDate).ThenByDescending(v => v.Id)
            : query.OrderBy(v => v.StartDate).ThenBy(v => v.EndDate).ThenBy(v => v.Id);
        if (skip > 0 || take < int.MaxValue)
        {
            query = query.Skip(skip).Take(take);
        }
        var rows = await query.Select(Projections.Visit).ToListAsync(ct);
        var relations = await RelationLookup.LoadAsync(db, ct);
        return rows.Select(r => r.ToRow(relations)).ToList();
    }

    /// <summary>How many visits match the filter.</summary>
    public Task<int> CountAsync(VisitFilter filter, CancellationToken ct) => Filter(db.Visits.AsNoTracking(), filter).CountAsync(ct);

    public async Task<VisitListViewModel> ListAsync(VisitFilter filter, CancellationToken ct)
    {
        var visits = await SearchAsync(filter, ct, onePage: true);
        var total = await CountAsync(filter, ct);
        var years = await YearsAsync(filter.With(f => f.Year = null), ct);
        int? previous = filter.Year is { } y ? years.Where(x => x < y).Select(x => (int?)x).LastOrDefault() : null;
        int? next = filter.Year is { } y2 ? years.Where(x => x > y2).Select(x => (int?)x).FirstOrDefault() : null;
        var tiers = await db.Visits.AsNoTracking().Select(v => v.Tier).Distinct().ToListAsync(ct);
        var countries = await db.Visits.AsNoTracking().Where(v => v.VisitingCountry != null).Select(v => new { v.VisitingCountry!.Slug, v.VisitingCountry.Name })
            .Union(db.Visits.AsNoTracking().Where(v => v.HostCountry != null).Select(v => new { v.HostCountry!.Slug, v.HostCountry.Name }))
            .ToListAsync(ct);
        var people = await db.People.AsNoTracking().Where(p => p.Visits.Any()).OrderBy(p => p.Name).Select(p => new Option(p.Slug, p.Name)).ToListAsync(ct);
        return new VisitListViewModel(
            filter, visits, total, previous, next,
            VisitTiers.All.Where(tiers.Contains).Select(t => new Option(VisitTiers.Slug(t), VisitTiers.Label(t))).ToList(),
            countries.OrderBy(c => c.Name).Select(c => new Option(c.Slug, c.Name)).ToList(),
            people,
            Summarise(total, filter),
            (await RelationLookup.LoadAsync(db, ct)).Values.OrderBy(r => r.Title, StringComparer.Ordinal).Select(r => r.ToLink()).ToList());
    }

    public async Task<VisitDetailViewModel?> GetAsync(string slug, CancellationToken ct)
    {
        var visit = await db.Visits.AsNoTracking().Where(v => v.Slug == slug).Select(Projections.Visit).FirstOrDefaultAsync(ct);
        if (visit is null)
        {
            return null;
        }
        var personSlugs = visit.People.Select(p => p.Slug).ToList();
        var related = await db.Visits.AsNoTracking()
            .Where(v => v.Slug != slug && v.Participants.Any(p => personSlugs.Contains(p.Person.Slug)))
            .OrderBy(v => v.StartDate).Select(Projections.Visit).ToListAsync(ct);
        var relations = await RelationLookup.LoadAsync(db, ct);
        return new VisitDetailViewModel(visit.ToRow(relations), related.Select(r => r.ToRow(relations)).ToList());
    }

    /// <summary>Every year some visit matching <paramref name="filter"/> overlaps, ascending.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(VisitFilter filter, CancellationToken ct)
    {
        var spans = await Filter(db.Visits.AsNoTracking(), filter).Select(v => new { v.StartDate, v.EndDate }).ToListAsync(ct);
        return spans.SelectMany(s => Enumerable.Range(s.StartDate.Year, s.EndDate.Year - s.StartDate.Year + 1)).Distinct().Order().ToList();
    }

    private IQueryable<Visit> Filter(IQueryable<Visit> query, VisitFilter filter)
    {
        if (filter.Year is { } year)
        {
            // A visit belongs to every year it overlaps: "30 December 2016 – 2 January 2017" is in both.
            var first = new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 12, 31);
            query = query.Where(v => v.StartDate <= last && v.EndDate >= first);
        }
        if (filter.Country is { } country)
        {
            // The country's visits as its summary counts them: those it made or received, and every visit of its own
            // relations, whose direction the article may not state.
            query = query.Where(v => v.VisitingCountry!.Slug == country || v.HostCountry!.Slug == country
                || v.Relation.CountryA.Slug == country || v.Relation.CountryB.Slug == country);
        }
        if (filter.Visiting is { } visiting)
        {
            query = query.Where(v => v.VisitingCountry!.Slug == visiting);
        }
        if (filter.Host is { } host)
        {
            query = query.Where(v => v.HostCountry!.Slug == host);
        }
        if (filter.Level is { } level && VisitTiers.FromSlug(level) is { } tier)
        {
            query = query.Where(v => v.Tier == tier);
        }
        if (filter.Person is { } person)
        {
            query = query.Where(v => v.Participants.Any(p => p.Person.Slug == person));
        }
        if (filter.Relation is { } relation)
        {
            query = query.Where(v => v.Relation.Slug == relation);
        }
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            // The search's own matching (every word, any order, accents ignored), so /search's counts are this list's.
            var ids = SearchQueries.FactIds(db, SearchKind.Visit, SearchTerms.Parse(filter.Q));
            query = query.Where(v => ids.Contains(v.Id));
        }
        return query;
    }

    private static string Summarise(int count, VisitFilter filter)
    {
        var noun = count == 1 ? "visit" : "visits";
        return filter.Year is { } year ? $"{count} {noun} in {year}" : $"{count} {noun}";
    }
}
