using System.Data.Common;
using BilateralRelations.Web.Queries;
using BilateralRelations.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace BilateralRelations.Web.ViewComponents;

/// <summary>
/// The footer's credit line: every source article by title, with its licence. Error pages credit the source without
/// the list (<see cref="Standalone"/>): they must render when the database cannot be read.
/// </summary>
public sealed class SourceCreditsViewComponent(FactListQueries facts, ILogger<SourceCreditsViewComponent> logger) : ViewComponent
{
    /// <summary>ViewData key a page sets when it must not touch the database.</summary>
    public const string Standalone = "Standalone";

    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (ViewData[Standalone] is true)
        {
            return View(new SourceCreditsViewModel(null));
        }
        try
        {
            return View(new SourceCreditsViewModel(await facts.RelationsAsync(HttpContext.RequestAborted)));
        }
        catch (DbException ex)
        {
            logger.LogWarning(ex, "The footer's list of articles could not be read; the source is credited without it.");
            return View(new SourceCreditsViewModel(null));
        }
    }
}
