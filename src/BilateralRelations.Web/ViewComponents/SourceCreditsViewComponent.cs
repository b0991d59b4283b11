using BilateralRelations.Web.Queries;
using Microsoft.AspNetCore.Mvc;

namespace BilateralRelations.Web.ViewComponents;

/// <summary>The footer's credit line: every source article by title, with its licence.</summary>
public sealed class SourceCreditsViewComponent(FactListQueries facts) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() => View(await facts.RelationsAsync(HttpContext.RequestAborted));
}
