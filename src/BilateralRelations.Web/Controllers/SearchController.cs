using BilateralRelations.Web.Queries;
using BilateralRelations.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace BilateralRelations.Web.Controllers;

/// <summary>/search: every kind of fact at once, grouped by kind; the header's search box submits here.</summary>
public sealed class SearchController(SearchQueries search) : Controller
{
    [HttpGet("/search")]
    public async Task<IActionResult> Index([FromQuery] SearchFilter filter, CancellationToken ct) =>
        View(await search.SearchAsync(filter, ct));
}
