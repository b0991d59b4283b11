using BilateralRelations.Web.Infrastructure;
using BilateralRelations.Web.Queries;
using BilateralRelations.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace BilateralRelations.Web.Controllers;

public sealed class VisitsController(VisitQueries visits) : Controller
{
    [HttpGet("/visits")]
    public async Task<IActionResult> Index([FromQuery] VisitFilter filter, CancellationToken ct) =>
        View("Index", await visits.ListAsync(filter, ct));

    /// <summary>/visits/2013: the same list for one year. Years and slugs never clash: a slug always has a letter.</summary>
    [HttpGet("/visits/{year:int}")]
    public Task<IActionResult> Year([Year] int year, [FromQuery] VisitFilter filter, CancellationToken ct)
    {
        filter.Year = year;
        return Index(filter, ct);
    }

    [HttpGet("/visits/{slug:regex(^[[a-z0-9-]]*[[a-z]][[a-z0-9-]]*$)}")]
    public async Task<IActionResult> Detail(string slug, CancellationToken ct) =>
        await visits.GetAsync(slug, ct) is { } model ? View(model) : NotFound();

    /// <summary>Exactly the rows of the filtered list, as CSV for spreadsheets and joins, written as they are read.</summary>
    [HttpGet("/visits.csv")]
    [Microsoft.AspNetCore.RateLimiting.DisableRateLimiting] // streams for as long as the client reads: never holds a page's turn
    public async Task Csv([FromQuery] VisitFilter filter, CancellationToken ct)
    {
        var rows = visits.StreamAsync(filter, ct);
        var name = filter.Year is { } y ? $"visits-{y}.csv" : "visits.csv";
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename={name}";
        await VisitCsv.Table.WriteAsync(Response.Body, rows, null, ct);
    }
}
