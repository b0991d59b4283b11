using System.Data.Common;
using BilateralRelations.Web.Queries;
using BilateralRelations.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace BilateralRelations.Web.ViewComponents;

/// <summary>
/// The footer's credit line: the source articles by title, with their licence — only those of the page's facts when
/// its model says which (<see cref="ISourcedPage"/>: a country summary prints its own articles, not all of them), else
/// every article. Error pages credit the source without the list (<see cref="Standalone"/>): they must render when
/// the database cannot be read.
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
        if (ViewContext.ViewData.Model is ISourcedPage page)
        {
            return View(new SourceCreditsViewModel(page.SourceRelations));
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
