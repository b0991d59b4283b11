using BilateralRelations.Core.Dates;
using BilateralRelations.Web.Data;
using BilateralRelations.Web.Data.Entities;
using BilateralRelations.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace BilateralRelations.Web.Queries;

/// <summary>The list pages and API lists: agreements, missions, sister cities, memberships, events, relations.</summary>
public sealed class FactListQueries(RelationsDbContext db, RelationCatalog catalog)
{
    public Task<IReadOnlyList<RelationLink>> RelationsAsync(CancellationToken ct) => catalog.LinksAsync(ct);

    /// <summary>One part of a list and how many there are in all, both read in SQL.</summary>
    private static async Task<Paged<TRow>> PagedAsync<TFact, TRow>(IQueryable<TFact> query,
        Func<IQueryable<TFact>, Slice, CancellationToken, Task<IReadOnlyList<TRow>>> read, Slice slice, CancellationToken ct) =>
        new(await read(query, slice, ct), await query.CountAsync(ct));

    public Task<IReadOnlyList<AgreementRow>> AgreementsAsync(string? relation, string? country, CancellationToken ct) =>
        AgreementsAsync(Agreements(relation, country), Slice.All, ct);

    /// <summary>One part of the agreements and how many there are in all, both read in SQL.</summary>
    public Task<Paged<AgreementRow>> AgreementsAsync(string? relation, Slice slice, CancellationToken ct) =>
        PagedAsync(Agreements(relation, null), AgreementsAsync, slice, ct);

    private IQueryable<Agreement> Agreements(string? relation, string? country)
    {
        var parties = PartyOf(country ?? "");
        return db.Agreements.AsNoTracking()
            .Where(a => relation == null || a.Relation.Slug == relation)
            .Where(a => country == null || parties.Contains(a.Id));
    }

    /// <summary>The agreements <paramref name="country"/> is a party to, from the join table's index rather than a look at every agreement.</summary>
    private IQueryable<int> PartyOf(string country)
    {
        var id = CountryId(country);
        return db.Set<Dictionary<string, object>>("AgreementParty")
            .Where(p => id.Contains(EF.Property<int>(p, "PartiesId")))
            .Select(p => EF.Property<int>(p, "AgreementId"));
    }

    /// <summary>A country's id as a subquery, so a filter on it is a look-up in the referring table's index.</summary>
    private IQueryable<int> CountryId(string slug) => db.Countries.Where(c => c.Slug == slug).Select(c => c.Id);

    private async Task<IReadOnlyList<AgreementRow>> AgreementsAsync(IQueryable<Agreement> agreements, Slice slice, CancellationToken ct)
    {
        var rows = await agreements
            .OrderBy(a => a.StartDate == null).ThenBy(a => a.StartDate).ThenBy(a => a.SourceLine).ThenBy(a => a.Id)
            .Take(slice)
            .Select(a => new
            {
                a.Slug, a.StartDate, a.EndDate, a.Precision, a.Title, a.SourceLine, a.SourceText, a.Inference,
                // From the join table alone, each country by its key: through the Parties navigation (a join) SQLite
                // built the parties of every agreement for each list.
                Parties = db.Set<Dictionary<string, object>>("AgreementParty").Where(p => EF.Property<int>(p, "AgreementId") == a.Id)
                    .Select(p => EF.Property<int>(p, "PartiesId"))
                    .Select(id => new Projections.CountryData(
                        db.Countries.Where(c => c.Id == id).Select(c => c.Slug).First(),
                        db.Countries.Where(c => c.Id == id).Select(c => c.Name).First(),
                        db.Countries.Where(c => c.Id == id).Select(c => c.Iso3).First()))
                    .ToList(),
                a.RelationId,
            })
            .ToListAsync(ct);
        var relations = await catalog.CoveringAsync(db, rows.Select(r => r.RelationId), ct);
        return rows.Select(a => new AgreementRow(a.Slug, FuzzyDates.From(a.StartDate, a.EndDate, a.Precision), a.Title,
            a.Parties.Select(p => p.ToRef(relations[a.RelationId])).ToList(), relations[a.RelationId].Source(a.SourceLine, a.SourceText, a.Inference), relations[a.RelationId].ToLink())).ToList();
    }

    public Task<IReadOnlyList<MissionRow>> MissionsAsync(string? relation, string? sending, string? host, CancellationToken ct) =>
        MissionsAsync(Missions(relation, sending, host), Slice.All, ct);

    /// <summary>One part of the missions and how many there are in all, both read in SQL.</summary>
    public Task<Paged<MissionRow>> MissionsAsync(string? relation, Slice slice, CancellationToken ct) =>
        PagedAsync(Missions(relation, null, null), MissionsAsync, slice, ct);

    /// <summary>The missions <paramref name="person"/> headed, each with all its heads.</summary>
    public Task<IReadOnlyList<MissionRow>> MissionsHeadedByAsync(string person, CancellationToken ct) =>
        MissionsAsync(db.Missions.AsNoTracking().Where(m => db.Ambassadors.Where(a => a.Person!.Slug == person).Select(a => a.MissionId).Contains(m.Id)), Slice.All, ct);

    private IQueryable<DiplomaticMission> Missions(string? relation, string? sending, string? host)
    {
        var (sendingId, hostId) = (CountryId(sending ?? ""), CountryId(host ?? ""));
        return db.Missions.AsNoTracking()
            .Where(m => relation == null || m.Relation.Slug == relation)
            .Where(m => sending == null || sendingId.Contains(m.SendingCountryId))
            .Where(m => host == null || hostId.Contains(m.HostCountryId));
    }

    private async Task<IReadOnlyList<MissionRow>> MissionsAsync(IQueryable<DiplomaticMission> missions, Slice slice, CancellationToken ct)
    {
        var rows = await missions
            .OrderBy(m => m.SendingCountry.Name).ThenBy(m => m.HostCountry.Name).ThenBy(m => m.Id)
            .Take(slice)
            .Select(m => new
            {
                m.Id, m.Slug, m.Kind, m.City, m.OpenedStart, m.OpenedEnd, m.OpenedPrecision, m.OpenedSourceLine, m.SourceLine, m.SourceText,
                m.OpenedSourceText, m.Inference,
                Sending = new Projections.CountryData(m.SendingCountry.Slug, m.SendingCountry.Name, m.SendingCountry.Iso3),
                Host = new Projections.CountryData(m.HostCountry.Slug, m.HostCountry.Name, m.HostCountry.Iso3),
                ResidentIn = m.ResidentInCountry == null ? null : new Projections.CountryData(m.ResidentInCountry.Slug, m.ResidentInCountry.Name, m.ResidentInCountry.Iso3),
                m.RelationId,
            })
            .ToListAsync(ct);
        var heads = await HeadsOfAsync(rows.Select(m => m.Id).ToList(), ct);
        var relations = await catalog.CoveringAsync(db, rows.Select(r => r.RelationId), ct);
        return rows.Select(m => new MissionRow(m.Slug, m.Sending.ToRef(relations[m.RelationId]), m.Host.ToRef(relations[m.RelationId]), m.Kind, m.City,
            m.ResidentIn?.ToRef(relations[m.RelationId]),
            FuzzyDates.From(m.OpenedStart, m.OpenedEnd, m.OpenedPrecision),
            m.OpenedSourceLine is { } line ? relations[m.RelationId].Source(line, m.OpenedSourceText ?? "") : null,
            heads[m.Id].Select(a => new AmbassadorRow(a.Name, a.PersonSlug, FuzzyDates.From(a.SinceStart, a.SinceEnd, a.SincePrecision), relations[m.RelationId].Source(a.SourceLine, a.SourceText, a.Inference))).ToList(),
            relations[m.RelationId].Source(m.SourceLine, m.SourceText, m.Inference), relations[m.RelationId].ToLink())).ToList();
    }

    private sealed record HeadData(int MissionId, string Name, string? PersonSlug, DateOnly? SinceStart, DateOnly? SinceEnd,
        DatePrecision? SincePrecision, int SourceLine, string SourceText, string? Inference);

    /// <summary>
    /// The heads of the missions <paramref name="ids"/>, each mission's in order, in one query for them all: as a
    /// collection inside the missions' query EF Core made a delegate for every mission read and shaped a joined row per
    /// head (the same cost as a visit's people, see <see cref="Projections.WithPeopleAsync"/>).
    /// </summary>
    private async Task<ILookup<int, HeadData>> HeadsOfAsync(List<int> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return Array.Empty<HeadData>().ToLookup(a => a.MissionId);
        }
        var heads = await db.Ambassadors.AsNoTracking()
            .Where(a => ids.Contains(a.MissionId))
            .OrderBy(a => a.MissionId).ThenBy(a => a.SinceStart).ThenBy(a => a.Id)
            .Select(a => new HeadData(a.MissionId, a.Name, a.Person == null ? null : a.Person.Slug, a.SinceStart, a.SinceEnd, a.SincePrecision,
                a.SourceLine, a.SourceText, a.Inference))
            .ToListAsync(ct);
        return heads.ToLookup(a => a.MissionId);
    }

    public Task<IReadOnlyList<SisterCityRow>> SisterCitiesAsync(string? relation, string? country, CancellationToken ct) =>
        SisterCitiesAsync(SisterCities(relation, country), Slice.All, ct);

    /// <summary>One part of the sister cities and how many there are in all, both read in SQL.</summary>
    public Task<Paged<SisterCityRow>> SisterCitiesAsync(string? relation, Slice slice, CancellationToken ct) =>
        PagedAsync(SisterCities(relation, null), SisterCitiesAsync, slice, ct);

    private IQueryable<SisterCityPair> SisterCities(string? relation, string? country)
    {
        var id = CountryId(country ?? "");
        return db.SisterCities.AsNoTracking()
            .Where(s => relation == null || s.Relation.Slug == relation)
            .Where(s => country == null || id.Contains(s.CountryId!.Value) || id.Contains(s.PartnerCountryId!.Value));
    }

    private async Task<IReadOnlyList<SisterCityRow>> SisterCitiesAsync(IQueryable<SisterCityPair> cities, Slice slice, CancellationToken ct)
    {
        var rows = await cities
            .OrderBy(s => s.Relation.Title).ThenBy(s => s.SourceLine).ThenBy(s => s.Id)
            .Take(slice)
            .Select(s => new
            {
                s.Slug, s.City, s.PartnerCity, s.SourceLine, s.SourceText, s.Inference,
                Country = s.Country == null ? null : new Projections.CountryData(s.Country.Slug, s.Country.Name, s.Country.Iso3),
                Partner = s.PartnerCountry == null ? null : new Projections.CountryData(s.PartnerCountry.Slug, s.PartnerCountry.Name, s.PartnerCountry.Iso3),
                s.RelationId,
            })
            .ToListAsync(ct);
        var relations = await catalog.CoveringAsync(db, rows.Select(r => r.RelationId), ct);
        return rows.Select(s => new SisterCityRow(s.Slug, s.City, s.Country?.ToRef(relations[s.RelationId]), s.PartnerCity, s.Partner?.ToRef(relations[s.RelationId]),
            relations[s.RelationId].Source(s.SourceLine, s.SourceText, s.Inference), relations[s.RelationId].ToLink())).ToList();
    }

    public Task<IReadOnlyList<MembershipRow>> MembershipsAsync(string? relation, string? country, CancellationToken ct) =>
        MembershipsAsync(Memberships(relation, country), Slice.All, ct);

    /// <summary>One part of the memberships and how many there are in all, both read in SQL.</summary>
    public Task<Paged<MembershipRow>> MembershipsAsync(string? relation, Slice slice, CancellationToken ct) =>
        PagedAsync(Memberships(relation, null), MembershipsAsync, slice, ct);

    private IQueryable<Membership> Memberships(string? relation, string? country) => db.Memberships.AsNoTracking()
        .Where(m => relation == null || m.Relation.Slug == relation)
        .Where(m => country == null || m.Country.Slug == country);

    private async Task<IReadOnlyList<MembershipRow>> MembershipsAsync(IQueryable<Membership> memberships, Slice slice, CancellationToken ct)
    {
        var rows = await memberships
            .OrderBy(m => m.Organisation).ThenBy(m => m.Country.Name).ThenBy(m => m.Id)
            .Take(slice)
            .Select(m => new
            {
                m.Slug, m.Organisation, m.Status, m.SinceStart, m.SinceEnd, m.SincePrecision, m.SourceLine, m.SourceText, m.Inference,
                Country = new Projections.CountryData(m.Country.Slug, m.Country.Name, m.Country.Iso3),
                m.RelationId,
            })
            .ToListAsync(ct);
        var relations = await catalog.CoveringAsync(db, rows.Select(r => r.RelationId), ct);
        return rows.Select(m => new MembershipRow(m.Slug, m.Organisation, m.Country.ToRef(relations[m.RelationId]), m.Status, FuzzyDates.From(m.SinceStart, m.SinceEnd, m.SincePrecision),
            relations[m.RelationId].Source(m.SourceLine, m.SourceText, m.Inference), relations[m.RelationId].ToLink())).ToList();
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
