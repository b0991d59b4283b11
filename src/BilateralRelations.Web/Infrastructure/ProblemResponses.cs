using BilateralRelations.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace BilateralRelations.Web.Infrastructure;

/// <summary>
/// One shape for every bad request: the parameters that were wrong, each with a sentence saying why. Pages show
/// them on a 400 page; the API answers RFC 9457 problem details (<c>application/problem+json</c>).
/// </summary>
public static class ProblemResponses
{
    public static IReadOnlyList<BadRequestProblem> ProblemsOf(ModelStateDictionary state) => state
        .Where(e => e.Value is { Errors.Count: > 0 })
        .Select(e => new BadRequestProblem(e.Key.Length == 0 ? "request" : e.Key, BadRequestProblem.Explain(e.Key, e.Value!)))
        .ToList();

    public static IActionResult ApiProblem(ModelStateDictionary state)
    {
        var problems = ProblemsOf(state);
        var details = new ProblemDetails
        {
            Type = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
            Title = "A query parameter is not valid.",
            Status = StatusCodes.Status400BadRequest,
            Detail = string.Join(" ", problems.Select(p => p.Message)),
        };
        details.Extensions["errors"] = problems.ToDictionary(p => p.Parameter, p => p.Message);
        // A JsonResult, not an ObjectResult: the API's [Produces("application/json")] would rewrite the media type.
        return new JsonResult(details) { StatusCode = StatusCodes.Status400BadRequest, ContentType = "application/problem+json" };
    }
}
