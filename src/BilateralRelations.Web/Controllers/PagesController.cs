using BilateralRelations.Web.Queries;
using BilateralRelations.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace BilateralRelations.Web.Controllers;

/// <summary>The list pages of the other kinds of fact, each optionally narrowed to one relation.</summary>
public sealed class PagesController(FactListQueries facts, TimelineQueries timeline) : Controller
{
    [HttpGet("/timeline")]
    public async Task<IActionResult> Timeline([FromQuery] TimelineFilter filter, CancellationToken ct) =>
        View(await timeline.GetAsync(filter, ct));

    [HttpGet("/agreements")]
    public async Task<IActionResult> Agreements([FromQuery] RelationFilter filter, [FromQuery] ListPaging paging, CancellationToken ct) =>
        View(await ListAsync("Agreements", "Agreements and treaties signed between the two countries of each relation, with the date the article gives.",
            await facts.AgreementsAsync(filter.Relation, paging.Slice(), ct), filter, paging, ct));

    [HttpGet("/missions")]
    public async Task<IActionResult> Missions([FromQuery] RelationFilter filter, [FromQuery] ListPaging paging, CancellationToken ct) =>
        View(await ListAsync("Diplomatic missions", "Embassies and consulates, when they opened, and their ambassadors.",
            await facts.MissionsAsync(filter.Relation, paging.Slice(), ct), filter, paging, ct));

    [HttpGet("/sister-cities")]
    public async Task<IActionResult> SisterCities([FromQuery] RelationFilter filter, [FromQuery] ListPaging paging, CancellationToken ct) =>
        View(await ListAsync("Sister cities", "Twinned cities, one pair a row.",
            await facts.SisterCitiesAsync(filter.Relation, paging.Slice(), ct), filter, paging, ct));

    [HttpGet("/memberships")]
    public async Task<IActionResult> Memberships([FromQuery] RelationFilter filter, [FromQuery] ListPaging paging, CancellationToken ct) =>
        View(await ListAsync("Memberships", "International organisations the countries belong to, as members or observers.",
            await facts.MembershipsAsync(filter.Relation, paging.Slice(), ct), filter, paging, ct));

    [HttpGet("/diagnostics")]
    public async Task<IActionResult> Diagnostics(CancellationToken ct) =>
        View(new DiagnosticsViewModel((await facts.DiagnosticsAsync(ct)).GroupBy(d => d.FileName).ToList()));

    private async Task<FactListViewModel<T>> ListAsync<T>(string title, string intro, Paged<T> page, RelationFilter filter, ListPaging paging, CancellationToken ct) =>
        new(title, intro, page.Rows, filter.Relation, await facts.RelationsAsync(ct), page.Total, paging.Page);
}
