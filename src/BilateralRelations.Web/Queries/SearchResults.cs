using BilateralRelations.Core.Dates;
using BilateralRelations.Core.Extraction.Visits;
using BilateralRelations.Core.Facts;
using BilateralRelations.Web.Data;
using BilateralRelations.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace BilateralRelations.Web.Queries;

/// <summary>
/// The facts a search found, read by kind and id as results: one compiled query per kind, its ids one parameter (a
/// JSON array, as every list of ids is). Built per request, each kind's query cost EF Core a walk of its expression
/// to extract the parameters and a look-up in its query cache: a sixth of the search page's CPU.
/// </summary>
internal static class SearchResults
{
    /// <summary>The facts of <paramref name="kind"/> with these ids, by id.</summary>
    public static Task<Dictionary<int, SearchResult>> LoadAsync(RelationsDbContext db, RelationCatalog catalog, SearchKind kind, int[] ids, CancellationToken ct) => kind switch
    {
        SearchKind.Visit => InRelationsAsync(Visits(db, ids), db, catalog, (v, r) => new SearchResult(kind, v.Slug, v.Description,
            $"{VisitTiers.Label(v.Tier)} · {Labels.Direction(v.Visiting, v.Host)}",
            FuzzyDates.From(v.Start, v.End, v.Precision), r.Source(v.Line, v.Text, v.Inference), r.ToLink()), ct),
        SearchKind.Agreement => AgreementsAsync(db, catalog, ids, ct),
        SearchKind.Mission => InRelationsAsync(Missions(db, ids), db, catalog, (m, r) => new SearchResult(kind, m.Slug, $"{Labels.Of(m.Kind)} of {m.Sending}",
            m.City is null ? $"in {m.Host}" : m.ResidentIn is null ? $"{m.City}, {m.Host}" : $"{m.City} ({m.ResidentIn}), accredited to {m.Host}",
            FuzzyDates.From(m.Start, m.End, m.Precision), r.Source(m.Line, m.Text, m.Inference), r.ToLink()), ct),
        SearchKind.Ambassador => InRelationsAsync(Ambassadors(db, ids), db, catalog, (a, r) => new SearchResult(kind, a.MissionSlug, a.Name,
            $"Ambassador of {a.Sending} to {a.Host}",
            FuzzyDates.From(a.Start, a.End, a.Precision), r.Source(a.Line, a.Text, a.Inference), r.ToLink()), ct),
        SearchKind.SisterCity => InRelationsAsync(SisterCities(db, ids), db, catalog, (s, r) => new SearchResult(kind, s.Slug, $"{s.City} – {s.PartnerCity}",
            $"{s.Country ?? "country not stated"} – {s.Partner ?? "country not stated"}", null,
            r.Source(s.Line, s.Text, s.Inference), r.ToLink()), ct),
        SearchKind.Membership => InRelationsAsync(Memberships(db, ids), db, catalog, (m, r) => new SearchResult(kind, m.Slug, m.Organisation,
            $"{m.Country}: {Labels.Of(m.Status)}",
            FuzzyDates.From(m.Start, m.End, m.Precision), r.Source(m.Line, m.Text, m.Inference), r.ToLink()), ct),
        SearchKind.Event => InRelationsAsync(Events(db, ids), db, catalog, (e, r) => new SearchResult(kind, e.Slug, e.Title, Labels.Of(e.Kind),
            FuzzyDates.From(e.Start, e.End, e.Precision), r.Source(e.Line, e.Text, e.Inference), r.ToLink()), ct),
        _ => PeopleAsync(db, ids, ct),
    };

    /// <summary>A fact of a relation, as read for a result.</summary>
    private interface IRelationFact
    {
        int Id { get; }
        int RelationId { get; }
    }

    private static async Task<Dictionary<int, SearchResult>> InRelationsAsync<T>(IAsyncEnumerable<T> facts, RelationsDbContext db, RelationCatalog catalog,
        Func<T, Projections.RelationData, SearchResult> result, CancellationToken ct) where T : IRelationFact =>
        await InRelationsAsync(await facts.ToListAsync(ct), db, catalog, result, ct);

    private static async Task<Dictionary<int, SearchResult>> InRelationsAsync<T>(List<T> rows, RelationsDbContext db, RelationCatalog catalog,
        Func<T, Projections.RelationData, SearchResult> result, CancellationToken ct) where T : IRelationFact
    {
        var relations = await catalog.CoveringAsync(db, rows.Select(x => x.RelationId), ct);
        return rows.ToDictionary(x => x.Id, x => result(x, relations[x.RelationId]));
    }

    private sealed record VisitFact(int Id, string Slug, DateOnly Start, DateOnly End, DatePrecision Precision, VisitTier Tier, string Description,
        int Line, string Text, string? Inference, int RelationId, string? Visiting, string? Host) : IRelationFact;

    private static readonly Func<RelationsDbContext, int[], IAsyncEnumerable<VisitFact>> Visits = EF.CompileAsyncQuery(
        (RelationsDbContext db, int[] ids) => db.Visits.AsNoTracking().Where(v => ids.Contains(v.Id)).Select(v => new VisitFact(
            v.Id, v.Slug, v.StartDate, v.EndDate, v.Precision, v.Tier, v.Description, v.SourceLine, v.SourceText, v.Inference, v.RelationId,
            v.VisitingCountry == null ? null : v.VisitingCountry.Name, v.HostCountry == null ? null : v.HostCountry.Name)));

    private sealed record AgreementFact(int Id, string Slug, string Title, DateOnly? Start, DateOnly? End, DatePrecision? Precision,
        int Line, string Text, string? Inference, int RelationId, List<int> Parties) : IRelationFact;

    // The parties from the join table alone, as FactListQueries reads them: through the Parties navigation SQLite built
    // the parties of every agreement for each search.
    private static readonly Func<RelationsDbContext, int[], IAsyncEnumerable<AgreementFact>> Agreements = EF.CompileAsyncQuery(
        (RelationsDbContext db, int[] ids) => db.Agreements.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new AgreementFact(
            a.Id, a.Slug, a.Title, a.StartDate, a.EndDate, a.Precision, a.SourceLine, a.SourceText, a.Inference, a.RelationId,
            db.Set<Dictionary<string, object>>("AgreementParty").Where(p => EF.Property<int>(p, "AgreementId") == a.Id)
                .Select(p => EF.Property<int>(p, "PartiesId")).ToList())));

    private static async Task<Dictionary<int, SearchResult>> AgreementsAsync(RelationsDbContext db, RelationCatalog catalog, int[] ids, CancellationToken ct)
    {
        var rows = await Agreements(db, ids).ToListAsync(ct);
        var parties = await catalog.CountriesCoveringAsync(db, rows.SelectMany(a => a.Parties), ct);
        return await InRelationsAsync(rows, db, catalog, (a, r) => new SearchResult(SearchKind.Agreement, a.Slug, a.Title,
            string.Join(" – ", a.Parties.Select(p => parties[p].Name).Order(StringComparer.Ordinal)),
            FuzzyDates.From(a.Start, a.End, a.Precision), r.Source(a.Line, a.Text, a.Inference), r.ToLink()), ct);
    }

    private sealed record MissionFact(int Id, string Slug, MissionKind Kind, string? City, string Sending, string Host, string? ResidentIn,
        DateOnly? Start, DateOnly? End, DatePrecision? Precision, int Line, string Text, string? Inference, int RelationId) : IRelationFact;

    private static readonly Func<RelationsDbContext, int[], IAsyncEnumerable<MissionFact>> Missions = EF.CompileAsyncQuery(
        (RelationsDbContext db, int[] ids) => db.Missions.AsNoTracking().Where(m => ids.Contains(m.Id)).Select(m => new MissionFact(
            m.Id, m.Slug, m.Kind, m.City, m.SendingCountry.Name, m.HostCountry.Name, m.ResidentInCountry == null ? null : m.ResidentInCountry.Name,
            m.OpenedStart, m.OpenedEnd, m.OpenedPrecision, m.SourceLine, m.SourceText, m.Inference, m.RelationId)));

    private sealed record AmbassadorFact(int Id, string Name, string MissionSlug, string Sending, string Host,
        DateOnly? Start, DateOnly? End, DatePrecision? Precision, int Line, string Text, string? Inference, int RelationId) : IRelationFact;

    private static readonly Func<RelationsDbContext, int[], IAsyncEnumerable<AmbassadorFact>> Ambassadors = EF.CompileAsyncQuery(
        (RelationsDbContext db, int[] ids) => db.Ambassadors.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new AmbassadorFact(
            a.Id, a.Name, a.Mission.Slug, a.Mission.SendingCountry.Name, a.Mission.HostCountry.Name,
            a.SinceStart, a.SinceEnd, a.SincePrecision, a.SourceLine, a.SourceText, a.Inference, a.Mission.RelationId)));

    private sealed record SisterCityFact(int Id, string Slug, string City, string PartnerCity, string? Country, string? Partner,
        int Line, string Text, string? Inference, int RelationId) : IRelationFact;

    private static readonly Func<RelationsDbContext, int[], IAsyncEnumerable<SisterCityFact>> SisterCities = EF.CompileAsyncQuery(
        (RelationsDbContext db, int[] ids) => db.SisterCities.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new SisterCityFact(
            s.Id, s.Slug, s.City, s.PartnerCity, s.Country == null ? null : s.Country.Name, s.PartnerCountry == null ? null : s.PartnerCountry.Name,
            s.SourceLine, s.SourceText, s.Inference, s.RelationId)));

    private sealed record MembershipFact(int Id, string Slug, string Organisation, string Country, MembershipStatus Status,
        DateOnly? Start, DateOnly? End, DatePrecision? Precision, int Line, string Text, string? Inference, int RelationId) : IRelationFact;

    private static readonly Func<RelationsDbContext, int[], IAsyncEnumerable<MembershipFact>> Memberships = EF.CompileAsyncQuery(
        (RelationsDbContext db, int[] ids) => db.Memberships.AsNoTracking().Where(m => ids.Contains(m.Id)).Select(m => new MembershipFact(
            m.Id, m.Slug, m.Organisation, m.Country.Name, m.Status, m.SinceStart, m.SinceEnd, m.SincePrecision,
            m.SourceLine, m.SourceText, m.Inference, m.RelationId)));

    private sealed record EventFact(int Id, string Slug, string Title, EventKind Kind, DateOnly Start, DateOnly End, DatePrecision Precision,
        int Line, string Text, string? Inference, int RelationId) : IRelationFact;

    private static readonly Func<RelationsDbContext, int[], IAsyncEnumerable<EventFact>> Events = EF.CompileAsyncQuery(
        (RelationsDbContext db, int[] ids) => db.Events.AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => new EventFact(
            e.Id, e.Slug, e.Title, e.Kind, e.StartDate, e.EndDate, e.Precision, e.SourceLine, e.SourceText, e.Inference, e.RelationId)));

    private sealed record PersonFact(int Id, string Slug, string Name, string? Country, int Visits);

    private static readonly Func<RelationsDbContext, int[], IAsyncEnumerable<PersonFact>> People = EF.CompileAsyncQuery(
        (RelationsDbContext db, int[] ids) => db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new PersonFact(
            p.Id, p.Slug, p.Name, p.Country == null ? null : p.Country.Name, p.Visits.Count)));

    private static async Task<Dictionary<int, SearchResult>> PeopleAsync(RelationsDbContext db, int[] ids, CancellationToken ct) =>
        (await People(db, ids).ToListAsync(ct)).ToDictionary(p => p.Id, p => new SearchResult(SearchKind.Person, p.Slug, p.Name,
            $"{p.Country ?? "country not stated"} · {Labels.Count(p.Visits, "visit")}", null, null, null));
}
