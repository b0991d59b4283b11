using BilateralRelations.Web.Queries;
using BilateralRelations.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace BilateralRelations.Web.Controllers;

public sealed class CompareController(CompareQueries compare) : Controller
{
    /// <summary>
    /// Two or more relations side by side: <c>/compare?relation=a&amp;relation=b</c>. Without relations, the form to
    /// choose them; one relation or an unknown one is a 400 (<see cref="CompareFilter.Validate"/>).
    /// </summary>
    [HttpGet("/compare")]
    public async Task<IActionResult> Index([FromQuery] CompareFilter filter, CancellationToken ct) =>
        View(await compare.GetAsync(filter.Slugs(), ct));
}
