using BilateralRelations.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace BilateralRelations.Web.Infrastructure;

/// <summary>
/// A query value that does not bind or validate (<c>year=abc</c>, <c>year=99999</c>) gets a 400 page that says
/// which parameter is wrong and why — for pages and for the JSON API alike — instead of being silently ignored.
/// </summary>
public sealed class Http400ForInvalidModelFilter : IActionFilter
{
    public void OnActionExecuting(ActionExecutingContext context)
    {
        if (context.ModelState.IsValid)
        {
            return;
        }
        var isApi = context.HttpContext.Request.Path.StartsWithSegments("/api");
        context.Result = isApi
            ? ProblemResponses.ApiProblem(context.ModelState)
            : new ViewResult { ViewName = "BadRequest", StatusCode = 400, ViewData = new Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary(
                new Microsoft.AspNetCore.Mvc.ModelBinding.EmptyModelMetadataProvider(), context.ModelState) { Model = new BadRequestViewModel(ProblemResponses.ProblemsOf(context.ModelState)) } };
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }
}
