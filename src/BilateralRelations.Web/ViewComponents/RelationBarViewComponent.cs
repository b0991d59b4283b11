using BilateralRelations.Web.Queries;
using BilateralRelations.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace BilateralRelations.Web.ViewComponents;

/// <summary>Inside a relation (of several): where you are (Relations › A–B relations › Visits) and a switcher to another.</summary>
public sealed class RelationBarViewComponent(CurrentRelation current) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (ViewData[SourceCreditsViewComponent.Standalone] is true || await current.GetAsync(HttpContext) is not { } place)
        {
            return Content("");
        }
        var label = place.Page == RelationPage.Overview ? null : CurrentRelation.LabelOf(place.Page);
        return View(new RelationBarViewModel(place.Relation, place.Page, label, await current.RelationsAsync(HttpContext.RequestAborted)));
    }
}
