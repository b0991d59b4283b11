using BilateralRelations.Core.Dates;
using BilateralRelations.Core.Facts;
using BilateralRelations.Web.Data;
using BilateralRelations.Web.Data.Entities;
using BilateralRelations.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace BilateralRelations.Web.Queries;

/// <summary>The list pages and API lists: agreements, missions, sister cities, memberships, events, relations.</summary>
public sealed class FactListQueries(RelationsDbContext db, RelationCatalog catalog, MissionOrder missionOrder)
{
    public Task<IReadOnlyList<RelationLink>> RelationsAsync(CancellationToken ct) => catalog.LinksAsync(ct);

    /// <summary>One part of a list and how many there are in all, both read in SQL.</summary>
    private static async Task<Paged<TRow>> PagedAsync<TFact, TRow>(IQueryable<TFact> query,
        Func<IQueryable<TFact>, Slice, CancellationToken, Task<IReadOnlyList<TRow>>> read, Slice slice, CancellationToken ct) =>
        new(await read(query, slice, ct), await query.CountAsync(ct));

    // The lists below are compiled queries: built per request, their filters (a relation, a country, captured from
    // locals) cost EF Core a closure compiled by its expression interpreter, with a delegate emitted and later
    // finalized, and a query-cache look-up, every time. A null filter is dropped from the SQL, as before (EF Core
    // makes the command per null or non-null parameter). The facts' countries are read as ids and named from the
    // catalog: joined in, they were three more columns read per country of each row. The relation is a subquery by
    // its slug, so a list of all relations joins no relation (a parameter, unlike a captured null, cannot drop the join).
    // A country filters by its id, which its page has: as a subquery by its slug, beside the other conditions, it
    // cost SQLite more (on 1,000 articles, a country's sister cities 0.29 ms against 0.06, its missions 0.14 against
    // 0.08, its agreements 0.24 against 0.17).

    public Task<IReadOnlyList<AgreementRow>> AgreementsAsync(string? relation, int? country, CancellationToken ct) =>
        AgreementsAsync(relation, country, Slice.All, ct);

    /// <summary>One part of the agreements and how many there are in all, both read in SQL.</summary>
    public async Task<Paged<AgreementRow>> AgreementsAsync(string? relation, Slice slice, CancellationToken ct) =>
        new(await AgreementsAsync(relation, null, slice, ct), await AgreementCount(db, relation, ct));

    private sealed record AgreementData(string Slug, DateOnly? Start, DateOnly? End, DatePrecision? Precision, string Title,
        int SourceLine, string SourceText, string? Inference, List<int> Parties, int RelationId);

    private static readonly Func<RelationsDbContext, string?, int?, int, int, IAsyncEnumerable<AgreementData>> AgreementRows = EF.CompileAsyncQuery(
        (RelationsDbContext db, string? relation, int? country, int skip, int take) => db.Agreements.AsNoTracking()
            .Where(a => relation == null || db.Relations.Where(r => r.Slug == relation).Select(r => r.Id).Contains(a.RelationId))
            // The agreements the country is a party to, from the join table's index rather than a look at every agreement.
            .Where(a => country == null || db.Set<Dictionary<string, object>>("AgreementParty")
                .Where(p => EF.Property<int>(p, "PartiesId") == country)
                .Select(p => EF.Property<int>(p, "AgreementId")).Contains(a.Id))
            .OrderBy(a => a.StartDate == null).ThenBy(a => a.StartDate).ThenBy(a => a.SourceLine).ThenBy(a => a.Id)
            .Skip(skip).Take(take)
            .Select(a => new AgreementData(a.Slug, a.StartDate, a.EndDate, a.Precision, a.Title, a.SourceLine, a.SourceText, a.Inference,
                // From the join table alone: through the Parties navigation (a join) SQLite built the parties of every
                // agreement for each list.
                db.Set<Dictionary<string, object>>("AgreementParty").Where(p => EF.Property<int>(p, "AgreementId") == a.Id)
                    .Select(p => EF.Property<int>(p, "PartiesId")).ToList(),
                a.RelationId)));

    private static readonly Func<RelationsDbContext, string?, CancellationToken, Task<int>> AgreementCount = EF.CompileAsyncQuery(
        (RelationsDbContext db, string? relation, CancellationToken ct) => db.Agreements.Count(a => relation == null || db.Relations.Where(r => r.Slug == relation).Select(r => r.Id).Contains(a.RelationId)));

    private async Task<IReadOnlyList<AgreementRow>> AgreementsAsync(string? relation, int? country, Slice slice, CancellationToken ct)
    {
        var rows = await AgreementRows(db, relation, country, slice.Skip, slice.Take).ToListAsync(ct);
        var relations = await catalog.CoveringAsync(db, rows.Select(r => r.RelationId), ct);
        var countries = await catalog.CountriesCoveringAsync(db, rows.SelectMany(a => a.Parties), ct);
        return rows.ConvertAll(a =>
        {
            var r = relations[a.RelationId];
            return new AgreementRow(a.Slug, FuzzyDates.From(a.Start, a.End, a.Precision), a.Title,
                a.Parties.ConvertAll(p => countries[p].ToRef(r)), r.Source(a.SourceLine, a.SourceText, a.Inference), r.ToLink());
        });
    }

    public Task<IReadOnlyList<MissionRow>> MissionsAsync(string? relation, int? sending, int? host, CancellationToken ct) =>
        MissionsAsync(relation, sending, host, null, Slice.All, ct);

    /// <summary>
    /// One part of the missions and how many there are in all. Of every relation, the part's ids come from
    /// <see cref="MissionOrder"/>: sorted by their countries' names in SQL, every mission and its texts went through a
    /// sorter for each page (1.6 ms in SQLite alone on 1,000 articles). Of one relation, in SQL.
    /// </summary>
    public async Task<Paged<MissionRow>> MissionsAsync(string? relation, Slice slice, CancellationToken ct)
    {
        if (relation is not null)
        {
            return new(await MissionsAsync(relation, null, null, null, slice, ct), await MissionCount(db, relation, ct));
        }
        var order = await missionOrder.GetAsync(ct);
        var ids = order.Skip(slice.Skip).Take(slice.Take).ToArray();
        var position = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        // Rows gone since the order was read (another instance's import) are left out of the part.
        var rows = (await MissionRowsById(db, ids).ToListAsync(ct)).OrderBy(m => position[m.Id]).ToList();
        return new(await ToMissionRowsAsync(rows, ct), order.Length);
    }

    /// <summary>The missions <paramref name="person"/> headed, each with all its heads.</summary>
    public Task<IReadOnlyList<MissionRow>> MissionsHeadedByAsync(string person, CancellationToken ct) =>
        MissionsAsync(null, null, null, person, Slice.All, ct);

    private sealed record MissionData(int Id, string Slug, MissionKind Kind, string? City, DateOnly? OpenedStart, DateOnly? OpenedEnd,
        DatePrecision? OpenedPrecision, int? OpenedSourceLine, string? OpenedSourceText, int SourceLine, string SourceText, string? Inference,
        int SendingId, int HostId, int? ResidentInId, int RelationId);

    private static readonly Func<RelationsDbContext, string?, int?, int?, string?, int, int, IAsyncEnumerable<MissionData>> MissionRows = EF.CompileAsyncQuery(
        (RelationsDbContext db, string? relation, int? sending, int? host, string? person, int skip, int take) => db.Missions.AsNoTracking()
            .Where(m => relation == null || db.Relations.Where(r => r.Slug == relation).Select(r => r.Id).Contains(m.RelationId))
            .Where(m => sending == null || m.SendingCountryId == sending)
            .Where(m => host == null || m.HostCountryId == host)
            .Where(m => person == null || db.Ambassadors.Where(a => a.Person!.Slug == person).Select(a => a.MissionId).Contains(m.Id))
            .OrderBy(m => m.SendingCountry.Name).ThenBy(m => m.HostCountry.Name).ThenBy(m => m.Id)
            .Skip(skip).Take(take)
            .Select(m => new MissionData(m.Id, m.Slug, m.Kind, m.City, m.OpenedStart, m.OpenedEnd, m.OpenedPrecision, m.OpenedSourceLine,
                m.OpenedSourceText, m.SourceLine, m.SourceText, m.Inference, m.SendingCountryId, m.HostCountryId, m.ResidentInCountryId, m.RelationId)));

    private static readonly Func<RelationsDbContext, int[], IAsyncEnumerable<MissionData>> MissionRowsById = EF.CompileAsyncQuery(
        (RelationsDbContext db, int[] ids) => db.Missions.AsNoTracking()
            .Where(m => ids.Contains(m.Id))
            .Select(m => new MissionData(m.Id, m.Slug, m.Kind, m.City, m.OpenedStart, m.OpenedEnd, m.OpenedPrecision, m.OpenedSourceLine,
                m.OpenedSourceText, m.SourceLine, m.SourceText, m.Inference, m.SendingCountryId, m.HostCountryId, m.ResidentInCountryId, m.RelationId)));

    private static readonly Func<RelationsDbContext, string?, CancellationToken, Task<int>> MissionCount = EF.CompileAsyncQuery(
        (RelationsDbContext db, string? relation, CancellationToken ct) => db.Missions.Count(m => relation == null || db.Relations.Where(r => r.Slug == relation).Select(r => r.Id).Contains(m.RelationId)));

    private async Task<IReadOnlyList<MissionRow>> MissionsAsync(string? relation, int? sending, int? host, string? person, Slice slice, CancellationToken ct) =>
        await ToMissionRowsAsync(await MissionRows(db, relation, sending, host, person, slice.Skip, slice.Take).ToListAsync(ct), ct);

    /// <summary>The missions read, with their heads, relations and countries.</summary>
    private async Task<IReadOnlyList<MissionRow>> ToMissionRowsAsync(List<MissionData> rows, CancellationToken ct)
    {
        var heads = await HeadsOfAsync(rows.ConvertAll(m => m.Id), ct);
        var relations = await catalog.CoveringAsync(db, rows.Select(r => r.RelationId), ct);
        var countries = await catalog.CountriesCoveringAsync(db, rows.SelectMany(m => Ids(m.SendingId, m.HostId, m.ResidentInId)), ct);
        return rows.ConvertAll(m =>
        {
            var r = relations[m.RelationId];
            return new MissionRow(m.Slug, countries[m.SendingId].ToRef(r), countries[m.HostId].ToRef(r), m.Kind, m.City,
                m.ResidentInId is { } residentIn ? countries[residentIn].ToRef(r) : null,
                FuzzyDates.From(m.OpenedStart, m.OpenedEnd, m.OpenedPrecision),
                m.OpenedSourceLine is { } line ? r.Source(line, m.OpenedSourceText ?? "") : null,
                heads[m.Id].Select(a => new AmbassadorRow(a.Name, a.PersonSlug, FuzzyDates.From(a.SinceStart, a.SinceEnd, a.SincePrecision), r.Source(a.SourceLine, a.SourceText, a.Inference))).ToList(),
                r.Source(m.SourceLine, m.SourceText, m.Inference), r.ToLink());
        });
    }

    /// <summary>The ids given, those known.</summary>
    private static IEnumerable<int> Ids(params int?[] ids) => ids.OfType<int>();

    private sealed record HeadData(int MissionId, string Name, string? PersonSlug, DateOnly? SinceStart, DateOnly? SinceEnd,
        DatePrecision? SincePrecision, int SourceLine, string SourceText, string? Inference);

    /// <summary>
    /// The heads of the missions <paramref name="ids"/>, each mission's in order, in one query for them all: as a
    /// collection inside the missions' query EF Core made a delegate for every mission read and shaped a joined row per
    /// head (the same cost as a visit's people, see <see cref="Projections.ListedVisit"/>).
    /// </summary>
    private async Task<ILookup<int, HeadData>> HeadsOfAsync(List<int> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return Array.Empty<HeadData>().ToLookup(a => a.MissionId);
        }
        return (await HeadsOf(db, [.. ids]).ToListAsync(ct)).ToLookup(a => a.MissionId);
    }

    private static readonly Func<RelationsDbContext, int[], IAsyncEnumerable<HeadData>> HeadsOf = EF.CompileAsyncQuery(
        (RelationsDbContext db, int[] ids) => db.Ambassadors.AsNoTracking()
            .Where(a => ids.Contains(a.MissionId))
            .OrderBy(a => a.MissionId).ThenBy(a => a.SinceStart).ThenBy(a => a.Id)
            .Select(a => new HeadData(a.MissionId, a.Name, a.Person == null ? null : a.Person.Slug, a.SinceStart, a.SinceEnd, a.SincePrecision,
                a.SourceLine, a.SourceText, a.Inference)));

    public Task<IReadOnlyList<SisterCityRow>> SisterCitiesAsync(string? relation, int? country, CancellationToken ct) =>
        SisterCitiesAsync(relation, country, Slice.All, ct);

    /// <summary>One part of the sister cities and how many there are in all, both read in SQL.</summary>
    public async Task<Paged<SisterCityRow>> SisterCitiesAsync(string? relation, Slice slice, CancellationToken ct) =>
        new(await SisterCitiesAsync(relation, null, slice, ct), await SisterCityCount(db, relation, ct));

    private sealed record SisterCityData(string Slug, string City, string PartnerCity, int SourceLine, string SourceText, string? Inference,
        int? CountryId, int? PartnerId, int RelationId);

    private static readonly Func<RelationsDbContext, string?, int?, int, int, IAsyncEnumerable<SisterCityData>> SisterCityRows = EF.CompileAsyncQuery(
        (RelationsDbContext db, string? relation, int? country, int skip, int take) => db.SisterCities.AsNoTracking()
            .Where(s => relation == null || db.Relations.Where(r => r.Slug == relation).Select(r => r.Id).Contains(s.RelationId))
            .Where(s => country == null || s.CountryId == country || s.PartnerCountryId == country)
            .OrderBy(s => s.Relation.Title).ThenBy(s => s.SourceLine).ThenBy(s => s.Id)
            .Skip(skip).Take(take)
            .Select(s => new SisterCityData(s.Slug, s.City, s.PartnerCity, s.SourceLine, s.SourceText, s.Inference, s.CountryId, s.PartnerCountryId, s.RelationId)));

    private static readonly Func<RelationsDbContext, string?, CancellationToken, Task<int>> SisterCityCount = EF.CompileAsyncQuery(
        (RelationsDbContext db, string? relation, CancellationToken ct) => db.SisterCities.Count(s => relation == null || db.Relations.Where(r => r.Slug == relation).Select(r => r.Id).Contains(s.RelationId)));

    private async Task<IReadOnlyList<SisterCityRow>> SisterCitiesAsync(string? relation, int? country, Slice slice, CancellationToken ct)
    {
        var rows = await SisterCityRows(db, relation, country, slice.Skip, slice.Take).ToListAsync(ct);
        var relations = await catalog.CoveringAsync(db, rows.Select(r => r.RelationId), ct);
        var countries = await catalog.CountriesCoveringAsync(db, rows.SelectMany(s => Ids(s.CountryId, s.PartnerId)), ct);
        return rows.ConvertAll(s =>
        {
            var r = relations[s.RelationId];
            return new SisterCityRow(s.Slug, s.City, s.CountryId is { } c ? countries[c].ToRef(r) : null, s.PartnerCity,
                s.PartnerId is { } p ? countries[p].ToRef(r) : null, r.Source(s.SourceLine, s.SourceText, s.Inference), r.ToLink());
        });
    }

    public Task<IReadOnlyList<MembershipRow>> MembershipsAsync(string? relation, int? country, CancellationToken ct) =>
        MembershipsAsync(relation, country, Slice.All, ct);

    /// <summary>One part of the memberships and how many there are in all, both read in SQL.</summary>
    public async Task<Paged<MembershipRow>> MembershipsAsync(string? relation, Slice slice, CancellationToken ct) =>
        new(await MembershipsAsync(relation, null, slice, ct), await MembershipCount(db, relation, ct));

    private sealed record MembershipData(string Slug, string Organisation, MembershipStatus Status, DateOnly? SinceStart, DateOnly? SinceEnd,
        DatePrecision? SincePrecision, int SourceLine, string SourceText, string? Inference, int CountryId, int RelationId);

    private static readonly Func<RelationsDbContext, string?, int?, int, int, IAsyncEnumerable<MembershipData>> MembershipRows = EF.CompileAsyncQuery(
        (RelationsDbContext db, string? relation, int? country, int skip, int take) => db.Memberships.AsNoTracking()
            .Where(m => relation == null || db.Relations.Where(r => r.Slug == relation).Select(r => r.Id).Contains(m.RelationId))
            .Where(m => country == null || m.CountryId == country)
            .OrderBy(m => m.Organisation).ThenBy(m => m.Country.Name).ThenBy(m => m.Id)
            .Skip(skip).Take(take)
            .Select(m => new MembershipData(m.Slug, m.Organisation, m.Status, m.SinceStart, m.SinceEnd, m.SincePrecision, m.SourceLine, m.SourceText,
                m.Inference, m.CountryId, m.RelationId)));

    private static readonly Func<RelationsDbContext, string?, CancellationToken, Task<int>> MembershipCount = EF.CompileAsyncQuery(
        (RelationsDbContext db, string? relation, CancellationToken ct) => db.Memberships.Count(m => relation == null || db.Relations.Where(r => r.Slug == relation).Select(r => r.Id).Contains(m.RelationId)));

    private async Task<IReadOnlyList<MembershipRow>> MembershipsAsync(string? relation, int? country, Slice slice, CancellationToken ct)
    {
        var rows = await MembershipRows(db, relation, country, slice.Skip, slice.Take).ToListAsync(ct);
        var relations = await catalog.CoveringAsync(db, rows.Select(r => r.RelationId), ct);
        var countries = await catalog.CountriesCoveringAsync(db, rows.Select(m => m.CountryId), ct);
        return rows.ConvertAll(m =>
        {
            var r = relations[m.RelationId];
            return new MembershipRow(m.Slug, m.Organisation, countries[m.CountryId].ToRef(r), m.Status, FuzzyDates.From(m.SinceStart, m.SinceEnd, m.SincePrecision),
                r.Source(m.SourceLine, m.SourceText, m.Inference), r.ToLink());
        });
    }

    public Task<IReadOnlyList<EventRow>> EventsAsync(string? relation, int? year, CancellationToken ct) =>
        EventsAsync(Events(relation, year), Slice.All, ct);

    /// <summary>One part of the events and how many there are in all, both read in SQL.</summary>
    public Task<Paged<EventRow>> EventsAsync(string? relation, int? year, Slice slice, CancellationToken ct) =>
        PagedAsync(Events(relation, year), EventsAsync, slice, ct);

    private IQueryable<Event> Events(string? relation, int? year)
    {
        var first = year is { } y ? new DateOnly(y, 1, 1) : DateOnly.MinValue;
        var last = year is { } y2 ? new DateOnly(y2, 12, 31) : DateOnly.MaxValue;
        return db.Events.AsNoTracking()
            .Where(e => relation == null || e.Relation.Slug == relation)
            .Where(e => e.StartDate <= last && e.EndDate >= first);
    }

    private async Task<IReadOnlyList<EventRow>> EventsAsync(IQueryable<Event> events, Slice slice, CancellationToken ct)
    {
        var rows = await events
            .OrderBy(e => e.StartDate).ThenBy(e => e.SourceLine).ThenBy(e => e.Id)
            .Take(slice)
            .Select(e => new
            {
                e.Slug, e.StartDate, e.EndDate, e.Precision, e.Kind, e.Title, e.SourceLine, e.SourceText, e.Inference,
                e.RelationId,
            })
            .ToListAsync(ct);
        var relations = await catalog.CoveringAsync(db, rows.Select(r => r.RelationId), ct);
        return rows.Select(e => new EventRow(e.Slug, FuzzyDates.From(e.StartDate, e.EndDate, e.Precision), e.Kind, e.Title,
            relations[e.RelationId].Source(e.SourceLine, e.SourceText, e.Inference), relations[e.RelationId].ToLink())).ToList();
    }

    public async Task<IReadOnlyList<DiagnosticRow>> DiagnosticsAsync(CancellationToken ct)
    {
        var relations = await db.Relations.AsNoTracking().ToDictionaryAsync(r => r.FileName, r => r.Slug, ct);
        var rows = await db.ImportDiagnostics.AsNoTracking().OrderBy(d => d.FileName).ThenBy(d => d.Line).ThenBy(d => d.Id).ToListAsync(ct);
        return rows.Select(d => new DiagnosticRow(d.FileName, d.Line, d.Severity, d.Message, d.LineText, relations.GetValueOrDefault(d.FileName))).ToList();
    }
}
