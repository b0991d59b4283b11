using BilateralRelations.Web.ViewModels;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace BilateralRelations.Web.Controllers;

/// <summary>Friendly pages for errors; the status code is kept, so tools and tests see the real answer.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
[Microsoft.AspNetCore.RateLimiting.DisableRateLimiting] // a refused request still gets its page
public sealed class ErrorController(ILogger<ErrorController> logger) : Controller
{
    [Route("/error")]
    public IActionResult Index()
    {
        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not { } failure)
        {
            return Show(404); // asked for directly: there is no error to show
        }
        if (IsDatabaseFailure(failure.Error))
        {
            logger.LogError(failure.Error, "The database could not be read for {Path}.", failure.Path);
            Response.Headers.RetryAfter = "60";
            return Show(503);
        }
        logger.LogError(failure.Error, "Unhandled error on {Path}", failure.Path);
        return Show(500);
    }

    /// <summary>The page for a status code another request ended with; asked for directly, there is no such page.</summary>
    [Route("/error/{code:int}")]
    public IActionResult Status(int code) =>
        Show(HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null && code is >= 400 and <= 599 ? code : 404);

    private ViewResult Show(int code)
    {
        var model = code switch
        {
            404 => new ErrorViewModel(404, "Page not found", "There is no page at this address. It may have been mistyped, or the fact it named is no longer in the articles."),
            400 => new ErrorViewModel(400, "Bad request", "The request could not be understood. Check the address and the filter values."),
            414 or 431 => new ErrorViewModel(code, "Request too long", "The address or its query string is too long."),
            503 when HttpContext.Items.ContainsKey(Infrastructure.PageConcurrency.Refused) =>
                new ErrorViewModel(503, "Too busy", "The site is making too many pages at once just now. Try again in a few seconds."),
            503 => new ErrorViewModel(503, "Temporarily unavailable", "The site's data cannot be read just now. The problem has been logged; try again in a minute."),
            >= 400 and < 500 => new ErrorViewModel(code, "Request not accepted", "The request could not be served as asked."),
            _ => new ErrorViewModel(500, "Something went wrong", "The site could not show this page. The problem has been logged."),
        };
        Response.StatusCode = model.StatusCode;
        ViewData[ViewComponents.SourceCreditsViewComponent.Standalone] = true; // an error page never needs the database
        return View("Error", model);
    }

    /// <summary>Whether the request failed because the database could not be read (deleted, locked, broken).</summary>
    private static bool IsDatabaseFailure(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is System.Data.Common.DbException)
            {
                return true;
            }
        }
        return false;
    }
}
