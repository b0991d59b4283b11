using System.Globalization;
using BilateralRelations.Core.Dates;
using BilateralRelations.Core.Extraction.Visits;
using BilateralRelations.Web.Queries;
using BilateralRelations.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace BilateralRelations.Web.Controllers.Api;

/// <summary>
/// The read-only JSON API. Property names are a contract with data users: dates as YYYY-MM-DD (a month- or
/// year-precision date spans its whole month or year), unknown countries as null, every fact with its source line
/// and whether the text states it (<c>inferred</c> false) or the extractor inferred part of it (<c>inference</c> says what).
/// </summary>
[ApiController]
[Route("api")]
[Produces("application/json")]
public sealed class ApiController(VisitQueries visits, FactListQueries facts, PeopleQueries people, TimelineQueries timeline) : ControllerBase
{
    [HttpGet("relations")]
    public async Task<IEnumerable<object>> Relations(CancellationToken ct) =>
        (await facts.RelationsAsync(ct)).Select(r => new
        {
            slug = r.Slug,
            title = r.Title,
            countries = new[] { Country(r.CountryA), Country(r.CountryB) },
        });

    [HttpGet("visits")]
    public async Task<IEnumerable<object>> Visits([FromQuery] VisitFilter filter, CancellationToken ct) =>
        (await visits.SearchAsync(filter, ct)).Select(v => new
        {
            id = v.Slug,
            relation = v.Relation.Slug,
            startDate = Day(v.Date.Start),
            endDate = Day(v.Date.End),
            precision = Labels.Of(v.Date.Precision),
            people = v.People.Select(p => new { name = p.Name, slug = p.Slug, title = p.Title }),
            title = v.Description,
            visitingCountry = v.Visiting?.Name,
            visitingCountryIso3 = v.Visiting?.Iso3,
            hostCountry = v.Host?.Name,
            hostCountryIso3 = v.Host?.Iso3,
            level = v.LevelHeading,
            tier = VisitTiers.Slug(v.Tier),
            kind = Labels.Of(v.Kind),
            purpose = v.Purpose,
            sourceLine = v.Source.Line,
            sourceText = v.Source.Text,
            inferred = v.Source.Inference is not null,
            inference = v.Source.Inference,
        });

    [HttpGet("agreements")]
    public async Task<IEnumerable<object>> Agreements([FromQuery] RelationFilter filter, CancellationToken ct) =>
        (await facts.AgreementsAsync(filter.Relation, null, ct)).Select(a => new
        {
            id = a.Slug,
            relation = a.Relation.Slug,
            date = a.Date is { } d ? Day(d.Start) : null,
            endDate = a.Date is { } e ? Day(e.End) : null,
            precision = a.Date is { } p ? Labels.Of(p.Precision) : null,
            title = a.Title,
            parties = a.Parties.Select(Country),
            sourceLine = a.Source.Line,
            sourceText = a.Source.Text,
            inferred = a.Source.Inference is not null,
            inference = a.Source.Inference,
        });

    [HttpGet("missions")]
    public async Task<IEnumerable<object>> Missions([FromQuery] RelationFilter filter, CancellationToken ct) =>
        (await facts.MissionsAsync(filter.Relation, null, null, ct)).Select(m => new
        {
            id = m.Slug,
            relation = m.Relation.Slug,
            kind = m.KindLabel.ToLowerInvariant(),
            sendingCountry = m.Sending.Name,
            sendingCountryIso3 = m.Sending.Iso3,
            hostCountry = m.Host.Name,
            hostCountryIso3 = m.Host.Iso3,
            city = m.City,
            residentIn = m.ResidentIn?.Name,
            residentInIso3 = m.ResidentIn?.Iso3,
            opened = m.Opened is { } o ? Day(o.Start) : null,
            openedPrecision = m.Opened is { } op ? Labels.Of(op.Precision) : null,
            ambassadors = m.Ambassadors.Select(a => new
            {
                name = a.Name,
                since = a.Since is { } s ? Day(s.Start) : null,
                sourceLine = a.Source.Line,
                sourceText = a.Source.Text,
                inferred = a.Source.Inference is not null,
                inference = a.Source.Inference,
            }),
            sourceLine = m.Source.Line,
            sourceText = m.Source.Text,
            inferred = m.Source.Inference is not null,
            inference = m.Source.Inference,
        });

    [HttpGet("sister-cities")]
    public async Task<IEnumerable<object>> SisterCities([FromQuery] RelationFilter filter, CancellationToken ct) =>
        (await facts.SisterCitiesAsync(filter.Relation, null, ct)).Select(s => new
        {
            id = s.Slug,
            relation = s.Relation.Slug,
            city = s.City,
            country = s.Country?.Name,
            countryIso3 = s.Country?.Iso3,
            partnerCity = s.PartnerCity,
            partnerCountry = s.PartnerCountry?.Name,
            partnerCountryIso3 = s.PartnerCountry?.Iso3,
            sourceLine = s.Source.Line,
            sourceText = s.Source.Text,
            inferred = s.Source.Inference is not null,
            inference = s.Source.Inference,
        });

    [HttpGet("memberships")]
    public async Task<IEnumerable<object>> Memberships([FromQuery] RelationFilter filter, CancellationToken ct) =>
        (await facts.MembershipsAsync(filter.Relation, null, ct)).Select(m => new
        {
            id = m.Slug,
            relation = m.Relation.Slug,
            organisation = m.Organisation,
            country = m.Country.Name,
            countryIso3 = m.Country.Iso3,
            status = Labels.Of(m.Status),
            since = m.Since is { } s ? Day(s.Start) : null,
            sourceLine = m.Source.Line,
            sourceText = m.Source.Text,
            inferred = m.Source.Inference is not null,
            inference = m.Source.Inference,
        });

    [HttpGet("events")]
    public async Task<IEnumerable<object>> Events([FromQuery] RelationFilter filter, [FromQuery, Year] int? year, CancellationToken ct) =>
        (await facts.EventsAsync(filter.Relation, year, ct)).Select(e => new
        {
            id = e.Slug,
            relation = e.Relation.Slug,
            startDate = Day(e.Date.Start),
            endDate = Day(e.Date.End),
            precision = Labels.Of(e.Date.Precision),
            kind = Labels.Of(e.Kind),
            title = e.Title,
            sourceLine = e.Source.Line,
            sourceText = e.Source.Text,
            inferred = e.Source.Inference is not null,
            inference = e.Source.Inference,
        });

    [HttpGet("people")]
    public async Task<IEnumerable<object>> People(CancellationToken ct) =>
        (await people.ListAsync(ct)).Select(p => new
        {
            slug = p.Slug,
            name = p.Name,
            spellings = p.Spellings,
            country = p.Country?.Name,
            countryIso3 = p.Country?.Iso3,
            visits = p.VisitCount,
        });

    [HttpGet("timeline")]
    public async Task<IEnumerable<object>> Timeline([FromQuery] RelationFilter filter, CancellationToken ct) =>
        (await timeline.ItemsAsync(filter.Relation, ct)).Select(i => new
        {
            id = i.Anchor,
            kind = i.Kind.ToString().ToLowerInvariant(),
            startDate = Day(i.Date.Start),
            endDate = Day(i.Date.End),
            precision = Labels.Of(i.Date.Precision),
            title = i.Title,
            relation = i.Source.RelationSlug,
            sourceLine = i.Source.Line,
            sourceText = i.Source.Text,
        });

    [HttpGet("diagnostics")]
    public async Task<IEnumerable<object>> Diagnostics(CancellationToken ct) =>
        (await facts.DiagnosticsAsync(ct)).Select(d => new
        {
            file = d.FileName,
            line = d.Line,
            severity = d.Severity.ToString().ToLowerInvariant(),
            message = d.Message,
            lineText = d.LineText,
        });

    private static object Country(CountryRef c) => new { slug = c.Slug, name = c.Name, iso3 = c.Iso3 };

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
