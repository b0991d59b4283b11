using BilateralRelations.Web.Infrastructure;
using BilateralRelations.Web.Queries;
using BilateralRelations.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace BilateralRelations.Web.Controllers.Api;

/// <summary>The search of /search as JSON (its own controller, beside the fact lists of <see cref="ApiController"/>).</summary>
[ApiController]
[Route("api")]
[Produces("application/json")]
public sealed class SearchApiController(SearchQueries search) : ControllerBase
{
    /// <summary>
    /// Every kind of fact whose words include all of <c>q</c>'s, in any order, accents and case ignored (a word also
    /// finds longer words it begins); the best 20 of each kind by relevance, with each kind's total, or all of one
    /// <c>kind</c> (up to 500).
    /// </summary>
    [HttpGet("search")]
    [ProducesResponseType<ApiSearch>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<IActionResult> Search([FromQuery] SearchFilter filter, CancellationToken ct)
    {
        var model = await search.SearchAsync(filter, ct);
        if (model.Hint is not null)
        {
            ModelState.AddModelError("q", "q must hold at least one word (letters or digits).");
            return ProblemResponses.ApiProblem(ModelState);
        }
        return Ok(ApiSearch.From(model, Url));
    }
}
