using BilateralRelations.Web.Queries;
using BilateralRelations.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace BilateralRelations.Web.Controllers.Api;

/// <summary>
/// The read-only JSON API. Property names are a contract with data users: dates as YYYY-MM-DD (a month- or
/// year-precision date spans its whole month or year), unknown countries as null, every fact with its source line
/// and whether the text states it (<c>inferred</c> false) or the extractor inferred part of it (<c>inference</c> says what).
/// Lists come a page at a time (<see cref="ApiPage"/>: <c>limit</c>, <c>cursor</c>, a <c>Link</c> header to the next page).
/// </summary>
[ApiController]
[Route("api")]
[Produces("application/json")]
public sealed class ApiController(VisitQueries visits, FactListQueries facts, PeopleQueries people, TimelineQueries timeline) : ControllerBase
{
    /// <summary>Every relation, one per article.</summary>
    [HttpGet("relations")]
    [ProducesResponseType<IEnumerable<ApiRelation>>(StatusCodes.Status200OK)]
    public async Task<IEnumerable<ApiRelation>> Relations(CancellationToken ct) =>
        (await facts.RelationsAsync(ct)).Select(ApiRelation.From);

    /// <summary>Visits, filtered by year, country, level, person, text and relation (every filter combines with the others).</summary>
    [HttpGet("visits")]
    [ProducesResponseType<IEnumerable<ApiVisit>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<IEnumerable<ApiVisit>> Visits([FromQuery] VisitFilter filter, [FromQuery] ApiPage page, CancellationToken ct)
    {
        // Paged in SQL: the most-used list reads only its page.
        page.Announce(await visits.CountAsync(filter, ct), HttpContext);
        return (await visits.SearchAsync(filter, page.FirstIndex(), page.Limit, ct)).Select(ApiVisit.From);
    }

    /// <summary>Agreements and treaties, of one relation or all.</summary>
    [HttpGet("agreements")]
    [ProducesResponseType<IEnumerable<ApiAgreement>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<IEnumerable<ApiAgreement>> Agreements([FromQuery] RelationFilter filter, [FromQuery] ApiPage page, CancellationToken ct) =>
        page.Of(await facts.AgreementsAsync(filter.Relation, page.Slice(), ct), HttpContext).Select(ApiAgreement.From);

    /// <summary>Diplomatic missions with their heads, of one relation or all.</summary>
    [HttpGet("missions")]
    [ProducesResponseType<IEnumerable<ApiMission>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<IEnumerable<ApiMission>> Missions([FromQuery] RelationFilter filter, [FromQuery] ApiPage page, CancellationToken ct) =>
        page.Of(await facts.MissionsAsync(filter.Relation, page.Slice(), ct), HttpContext).Select(ApiMission.From);

    /// <summary>Twinned cities, of one relation or all.</summary>
    [HttpGet("sister-cities")]
    [ProducesResponseType<IEnumerable<ApiSisterCity>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<IEnumerable<ApiSisterCity>> SisterCities([FromQuery] RelationFilter filter, [FromQuery] ApiPage page, CancellationToken ct) =>
        page.Of(await facts.SisterCitiesAsync(filter.Relation, page.Slice(), ct), HttpContext).Select(ApiSisterCity.From);

    /// <summary>Memberships of international organisations, of one relation or all.</summary>
    [HttpGet("memberships")]
    [ProducesResponseType<IEnumerable<ApiMembership>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<IEnumerable<ApiMembership>> Memberships([FromQuery] RelationFilter filter, [FromQuery] ApiPage page, CancellationToken ct) =>
        page.Of(await facts.MembershipsAsync(filter.Relation, page.Slice(), ct), HttpContext).Select(ApiMembership.From);

    /// <summary>Other dated milestones (recognition, relations established…), of one relation or all, in one year or all.</summary>
    /// <param name="filter">The relation.</param>
    /// <param name="year">Only events starting in this year (1000–2999).</param>
    /// <param name="page">Which part of the list (limit, cursor).</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    [HttpGet("events")]
    [ProducesResponseType<IEnumerable<ApiEvent>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<IEnumerable<ApiEvent>> Events([FromQuery] RelationFilter filter, [FromQuery, Year] int? year, [FromQuery] ApiPage page, CancellationToken ct) =>
        page.Of(await facts.EventsAsync(filter.Relation, year, page.Slice(), ct), HttpContext).Select(ApiEvent.From);

    /// <summary>Everyone the articles name, with their spellings.</summary>
    [HttpGet("people")]
    [ProducesResponseType<IEnumerable<ApiPerson>>(StatusCodes.Status200OK)]
    public async Task<IEnumerable<ApiPerson>> People([FromQuery] ApiPage page, CancellationToken ct) =>
        page.Of(await people.ListAsync(page.Slice(), ct), HttpContext).Select(ApiPerson.From);

    /// <summary>Every dated fact in date order, of one relation or all, optionally those starting in a window of years.</summary>
    [HttpGet("timeline")]
    [ProducesResponseType<IEnumerable<ApiTimelineItem>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<IEnumerable<ApiTimelineItem>> Timeline([FromQuery] RelationFilter filter, [FromQuery] YearWindow window, [FromQuery] ApiPage page, CancellationToken ct)
    {
        // Only the page's facts are read with their texts.
        var (total, items) = await timeline.PageAsync(filter.Relation, window, page.FirstIndex(), page.Limit, ct);
        page.Announce(total, HttpContext);
        return items.Select(ApiTimelineItem.From);
    }

    /// <summary>What the importer could not fully understand, by file and line.</summary>
    [HttpGet("diagnostics")]
    [ProducesResponseType<IEnumerable<ApiDiagnostic>>(StatusCodes.Status200OK)]
    public async Task<IEnumerable<ApiDiagnostic>> Diagnostics([FromQuery] ApiPage page, CancellationToken ct) =>
        page.Of(await facts.DiagnosticsAsync(ct), HttpContext).Select(ApiDiagnostic.From);
}
