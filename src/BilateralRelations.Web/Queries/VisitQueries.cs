using BilateralRelations.Core.Extraction.Visits;
using BilateralRelations.Core.Text;
using BilateralRelations.Web.Data;
using BilateralRelations.Web.Data.Entities;
using BilateralRelations.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace BilateralRelations.Web.Queries;

/// <summary>Visit search and detail, shared by the pages, the CSV export and the JSON API.</summary>
public sealed class VisitQueries(RelationsDbContext db, VisitFacets visitFacets, RelationCatalog catalog)
{
    /// <summary>Every visit matching the filter (the CSV, the API and the other pages), or one page of them.</summary>
    public Task<IReadOnlyList<VisitRow>> SearchAsync(VisitFilter filter, CancellationToken ct, bool onePage = false) =>
        onePage ? SearchAsync(filter, (filter.Page - 1) * VisitFilter.PageSize, VisitFilter.PageSize, ct) : SearchAsync(filter, 0, int.MaxValue, ct);

    /// <summary>The visits matching the filter from index <paramref name="skip"/>, at most <paramref name="take"/>: paged in SQL.</summary>
    public async Task<IReadOnlyList<VisitRow>> SearchAsync(VisitFilter filter, int skip, int take, CancellationToken ct)
    {
        var query = await OrderedAsync(filter, ct);
        if (skip > 0 || take < int.MaxValue)
        {
            query = query.Skip(skip).Take(take);
        }
        var rows = await (await query.Select(Projections.Listed).ToListAsync(ct)).WithPeopleAsync(db, ct);
        var relations = await catalog.CoveringAsync(db, rows.Select(r => r.RelationId), ct);
        var countries = await catalog.CountriesCoveringAsync(db, Countries(rows), ct);
        return rows.ConvertAll(r => r.ToRow(relations, countries));
    }

    /// <summary>
    /// The first <paramref name="limit"/> visits of <paramref name="person"/> in the list's order (as Filter and
    /// OrderedAsync make them), from the participants' index, by compiled queries: the person's page built the
    /// filter's query per request, and bound one parameter per visit to read their people. A page shows a bounded
    /// part; the visits list has them all (<c>/visits?person=</c>), page by page.
    /// </summary>
    public async Task<IReadOnlyList<VisitRow>> OfPersonAsync(string person, int limit, CancellationToken ct)
    {
        var rows = await (await VisitsOfPerson(db, person, limit).ToListAsync(ct)).WithPeopleAsync(db, ct);
        var relations = await catalog.CoveringAsync(db, rows.Select(r => r.RelationId), ct);
        var countries = await catalog.CountriesCoveringAsync(db, Countries(rows), ct);
        return rows.ConvertAll(r => r.ToRow(relations, countries));
    }

    private static readonly Func<RelationsDbContext, string, int, IAsyncEnumerable<Projections.ListedVisit>> VisitsOfPerson = EF.CompileAsyncQuery(
        (RelationsDbContext db, string person, int limit) => db.Visits.AsNoTracking()
            .Where(v => db.VisitParticipants.Where(p => p.Person.Slug == person).Select(p => p.VisitId).Contains(v.Id))
            .OrderBy(v => v.StartDate).ThenBy(v => v.EndDate).ThenBy(v => v.Id)
            .Take(limit)
            .Select(Projections.Listed));

    /// <summary>The countries <paramref name="visits"/> name, by id.</summary>
    internal static IEnumerable<int> Countries(List<Projections.ListedVisit> visits)
    {
        foreach (var v in visits)
        {
            if (v.VisitingId is { } visiting)
            {
                yield return visiting;
            }
            if (v.HostId is { } host)
            {
                yield return host;
            }
        }
    }

    /// <summary>Every visit matching the filter, in the list's order, read as it is written: a download is never held whole.</summary>
    public async IAsyncEnumerable<VisitRow> StreamAsync(VisitFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var relations = await RelationCatalog.ReadAsync(db, ct);
        await foreach (var row in (await OrderedAsync(filter, ct)).Select(Projections.Visit(db)).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row.ToRow(relations);
        }
    }

    private async Task<IQueryable<Visit>> OrderedAsync(VisitFilter filter, CancellationToken ct)
    {
        var query = await FilteredAsync(filter, ct);
        return filter.Sort == SortOrder.Desc
            ? query.OrderByDescending(v => v.StartDate).ThenByDescending(v => v.EndDate).ThenByDescending(v => v.Id)
            : query.OrderBy(v => v.StartDate).ThenBy(v => v.EndDate).ThenBy(v => v.Id);
    }

    /// <summary>How many visits match the filter: with no filter but the year, from the year spans read once per data version.</summary>
    public async Task<int> CountAsync(VisitFilter filter, CancellationToken ct) => filter.With(f => f.Year = null).IsEmpty()
        ? (await visitFacets.GetAsync(ct)).Count(filter.Year)
        : await (await FilteredAsync(filter, ct)).CountAsync(ct);

    /// <summary>The visits matching the filter; a year filter also needs the longest visit (in years) of the corpus.</summary>
    private async Task<IQueryable<Visit>> FilteredAsync(VisitFilter filter, CancellationToken ct) =>
        Filter(db.Visits.AsNoTracking(), filter, filter.Year is null ? 0 : (await visitFacets.GetAsync(ct)).LongestSpanYears);

    public async Task<VisitListViewModel> ListAsync(VisitFilter filter, CancellationToken ct)
    {
        var visits = await SearchAsync(filter, ct, onePage: true);
        var total = await CountAsync(filter, ct);
        var facets = await visitFacets.GetAsync(ct);
        // With only a year chosen (the common case) the neighbours come from every visit's years; else from SQL.
        var (previous, next) = filter.Year is not { } year ? (null, null)
            : filter.With(f => f.Year = null).IsEmpty() ? facets.NeighbourYears(year)
            : await NeighbourYearsAsync(filter, year, ct);
        return new VisitListViewModel(
            filter, visits, total, previous, next,
            facets.Levels,
            facets.Countries,
            facets.People,
            Summarise(total, filter),
            await catalog.LinksAsync(ct));
    }

    /// <summary>
    /// The nearest years before and after <paramref name="year"/> that a visit matching the rest of the filter
    /// overlaps, in one aggregate: the latest end among visits starting earlier (capped at the year before) and the
    /// earliest start among visits ending later (raised to the year after), instead of reading every visit's dates.
    /// </summary>
    private async Task<(int? Previous, int? Next)> NeighbourYearsAsync(VisitFilter filter, int year, CancellationToken ct)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var edges = await Filter(db.Visits.AsNoTracking(), filter.With(f => f.Year = null), longestSpanYears: 0)
            .GroupBy(v => 1)
            .Select(g => new
            {
                Before = g.Max(v => v.StartDate < first ? (DateOnly?)v.EndDate : null),
                After = g.Min(v => v.EndDate > last ? (DateOnly?)v.StartDate : null),
            })
            .FirstOrDefaultAsync(ct);
        return (edges?.Before is { } before ? Math.Min(before.Year, year - 1) : null,
            edges?.After is { } after ? Math.Max(after.Year, year + 1) : null);
    }

    public async Task<VisitDetailViewModel?> GetAsync(string slug, CancellationToken ct)
    {
        var visit = await db.Visits.AsNoTracking().Where(v => v.Slug == slug).Select(Projections.Visit(db)).FirstOrDefaultAsync(ct);
        if (visit is null)
        {
            return null;
        }
        var personSlugs = visit.People.Select(p => p.Slug).ToList();
        var ids = db.VisitParticipants.Where(p => personSlugs.Contains(p.Person.Slug)).Select(p => p.VisitId);
        var related = await db.Visits.AsNoTracking()
            .Where(v => v.Slug != slug && ids.Contains(v.Id))
            .OrderBy(v => v.StartDate).Select(Projections.Visit(db)).ToListAsync(ct);
        var relations = await catalog.CoveringAsync(db, related.Append(visit).Select(r => r.RelationId), ct);
        return new VisitDetailViewModel(visit.ToRow(relations), related.Select(r => r.ToRow(relations)).ToList());
    }

    private IQueryable<Visit> Filter(IQueryable<Visit> query, VisitFilter filter, int longestSpanYears)
    {
        if (filter.Year is { } year)
        {
            // A visit belongs to every year it overlaps: "30 December 2016 – 2 January 2017" is in both.
            var first = new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 12, 31);
            // No visit starts before this (the longest visit comes from the per-data-version facets): with it the
            // start-date index reads the few years that can overlap, not every visit since the earliest (25,000 of 40,000
            // index entries for 2013 on 1,000 articles, twice per page). A longer visit another instance has just
            // imported is found once this instance sees the new data version.
            var earliest = new DateOnly(Math.Max(1, year - longestSpanYears), 1, 1);
            query = query.Where(v => v.StartDate >= earliest && v.StartDate <= last && v.EndDate >= first);
        }
        if (filter.Country is { } country)
        {
            // The country's visits as its summary counts them: those it made or received, and every visit of its own
            // relations, whose direction the article may not state.
            // By ids, so SQLite can take each side from its own index instead of joining every visit to four countries.
            var id = db.Countries.Where(c => c.Slug == country).Select(c => c.Id);
            var own = db.Relations.Where(r => id.Contains(r.CountryAId) || id.Contains(r.CountryBId)).Select(r => r.Id);
            query = query.Where(v => id.Contains(v.VisitingCountryId!.Value) || id.Contains(v.HostCountryId!.Value) || own.Contains(v.RelationId));
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
            // The person's visits from the participants' index, not a look through every visit's participants.
            var ids = db.VisitParticipants.Where(p => p.Person.Slug == person).Select(p => p.VisitId);
            query = query.Where(v => ids.Contains(v.Id));
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
