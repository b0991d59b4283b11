using BilateralRelations.Web.Data;
using BilateralRelations.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace BilateralRelations.Web.Queries;

/// <summary>The list pages and API lists: agreements, missions, sister cities, memberships, events, relations.</summary>
public sealed class FactListQueries(RelationsDbContext db)
{
    public async Task<IReadOnlyList<RelationLink>> RelationsAsync(CancellationToken ct) =>
        (await RelationLookup.LoadAsync(db, ct)).Values.OrderBy(r => r.Title, StringComparer.Ordinal).Select(r => r.ToLink()).ToList();

    public async Task<IReadOnlyList<AgreementRow>> AgreementsAsync(string? relation, string? country, CancellationToken ct)
    {
        var rows = await db.Agreements.AsNoTracking()
            .Where(a => relation == null || a.Relation.Slug == relation)
            .Where(a => country == null || a.Parties.Any(p => p.Slug == country))
            .OrderBy(a => a.StartDate == null).ThenBy(a => a.StartDate).ThenBy(a => a.SourceLine)
            .Select(a => new
            {
                a.Slug, a.StartDate, a.EndDate, a.Precision, a.Title, a.SourceLine, a.SourceText, a.Inference,
                Parties = a.Parties.Select(p => new Projections.CountryData(p.Slug, p.Name, p.Iso3)).ToList(),
                a.RelationId,
            })
            .ToListAsync(ct);
        var relations = await RelationLookup.LoadAsync(db, ct);
        return rows.Select(a => new AgreementRow(a.Slug, FuzzyDates.From(a.StartDate, a.EndDate, a.Precision), a.Title,
            a.Parties.Select(p => p.ToRef(relations[a.RelationId])).ToList(), relations[a.RelationId].Source(a.SourceLine, a.SourceText, a.Inference), relations[a.RelationId].ToLink())).ToList();
    }

    public async Task<IReadOnlyList<MissionRow>> MissionsAsync(string? relation, string? sending, string? host, CancellationToken ct)
    {
        var rows = await db.Missions.AsNoTracking()
            .Where(m => relation == null || m.Relation.Slug == relation)
            .Where(m => sending == null || m.SendingCountry.Slug == sending)
            .Where(m => host == null || m.HostCountry.Slug == host)
            .OrderBy(m => m.SendingCountry.Name).ThenBy(m => m.HostCountry.Name)
            .Select(m => new
            {
                m.Slug, m.Kind, m.City, m.OpenedStart, m.OpenedEnd, m.OpenedPrecision, m.OpenedSourceLine, m.SourceLine, m.SourceText,
                m.OpenedSourceText, m.Inference,
                Sending = new Projections.CountryData(m.SendingCountry.Slug, m.SendingCountry.Name, m.SendingCountry.Iso3),
                Host = new Projections.CountryData(m.HostCountry.Slug, m.HostCountry.Name, m.HostCountry.Iso3),
                ResidentIn = m.ResidentInCountry == null ? null : new Projections.CountryData(m.ResidentInCountry.Slug, m.ResidentInCountry.Name, m.ResidentInCountry.Iso3),
                Ambassadors = m.Ambassadors.OrderBy(a => a.SinceStart).Select(a => new { a.Name, PersonSlug = a.Person == null ? null : a.Person.Slug, a.SinceStart, a.SinceEnd, a.SincePrecision, a.SourceLine, a.SourceText, a.Inference }).ToList(),
                m.RelationId,
            })
            .ToListAsync(ct);
        var relations = await RelationLookup.LoadAsync(db, ct);
        return rows.Select(m => new MissionRow(m.Slug, m.Sending.ToRef(relations[m.RelationId]), m.Host.ToRef(relations[m.RelationId]), m.Kind, m.City,
            m.ResidentIn?.ToRef(relations[m.RelationId]),
            FuzzyDates.From(m.OpenedStart, m.OpenedEnd, m.OpenedPrecision),
            m.OpenedSourceLine is { } line ? relations[m.RelationId].Source(line, m.OpenedSourceText ?? "") : null,
            m.Ambassadors.Select(a => new AmbassadorRow(a.Name, a.PersonSlug, FuzzyDates.From(a.SinceStart, a.SinceEnd, a.SincePrecision), relations[m.RelationId].Source(a.SourceLine, a.SourceText, a.Inference))).ToList(),
            relations[m.RelationId].Source(m.SourceLine, m.SourceText, m.Inference), relations[m.RelationId].ToLink())).ToList();
    }

    public async Task<IReadOnlyList<SisterCityRow>> SisterCitiesAsync(string? relation, string? country, CancellationToken ct)
    {
        var rows = await db.SisterCities.AsNoTracking()
            .Where(s => relation == null || s.Relation.Slug == relation)
            .Where(s => country == null || s.Country!.Slug == country || s.PartnerCountry!.Slug == country)
            .OrderBy(s => s.Relation.Title).ThenBy(s => s.SourceLine)
            .Select(s => new
            {
                s.Slug, s.City, s.PartnerCity, s.SourceLine, s.SourceText, s.Inference,
                Country = s.Country == null ? null : new Projections.CountryData(s.Country.Slug, s.Country.Name, s.Country.Iso3),
                Partner = s.PartnerCountry == null ? null : new Projections.CountryData(s.PartnerCountry.Slug, s.PartnerCountry.Name, s.PartnerCountry.Iso3),
                s.RelationId,
            })
            .ToListAsync(ct);
        var relations = await RelationLookup.LoadAsync(db, ct);
        return rows.Select(s => new SisterCityRow(s.Slug, s.City, s.Country?.ToRef(relations[s.RelationId]), s.PartnerCity, s.Partner?.ToRef(relations[s.RelationId]),
            relations[s.RelationId].Source(s.SourceLine, s.SourceText, s.Inference), relations[s.RelationId].ToLink())).ToList();
    }

    public async Task<IReadOnlyList<MembershipRow>> MembershipsAsync(string? relation, string? country, CancellationToken ct)
    {
        var rows = await db.Memberships.AsNoTracking()
            .Where(m => relation == null || m.Relation.Slug == relation)
            .Where(m => country == null || m.Country.Slug == country)
            .OrderBy(m => m.Organisation).ThenBy(m => m.Country.Name)
            .Select(m => new
            {
                m.Slug, m.Organisation, m.Status, m.SinceStart, m.SinceEnd, m.SincePrecision, m.SourceLine, m.SourceText, m.Inference,
                Country = new Projections.CountryData(m.Country.Slug, m.Country.Name, m.Country.Iso3),
                m.RelationId,
            })
            .ToListAsync(ct);
        var relations = await RelationLookup.LoadAsync(db, ct);
        return rows.Select(m => new MembershipRow(m.Slug, m.Organisation, m.Country.ToRef(relations[m.RelationId]), m.Status, FuzzyDates.From(m.SinceStart, m.SinceEnd, m.SincePrecision),
            relations[m.RelationId].Source(m.SourceLine, m.SourceText, m.Inference), relations[m.RelationId].ToLink())).ToList();
    }

    public async Task<IReadOnlyList<EventRow>> EventsAsync(string? relation, int? year, CancellationToken ct)
    {
        var first = year is { } y ? new DateOnly(y, 1, 1) : DateOnly.MinValue;
        var last = year is { } y2 ? new DateOnly(y2, 12, 31) : DateOnly.MaxValue;
        var rows = await db.Events.AsNoTracking()
            .Where(e => relation == null || e.Relation.Slug == relation)
            .Where(e => e.StartDate <= last && e.EndDate >= first)
            .OrderBy(e => e.StartDate).ThenBy(e => e.SourceLine)
            .Select(e => new
            {
                e.Slug, e.StartDate, e.EndDate, e.Precision, e.Kind, e.Title, e.SourceLine, e.SourceText, e.Inference,
                e.RelationId,
            })
            .ToListAsync(ct);
        var relations = await RelationLookup.LoadAsync(db, ct);
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
