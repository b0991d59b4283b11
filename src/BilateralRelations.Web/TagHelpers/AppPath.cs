using Microsoft.AspNetCore.Mvc.Rendering;

namespace BilateralRelations.Web.TagHelpers;

/// <summary>Site-relative addresses made by tag helpers, with the request's path base (see <see cref="AppPathTagHelper"/>).</summary>
internal static class AppPath
{
    public static string Of(ViewContext view, string path) => view.HttpContext.Request.PathBase.ToUriComponent() + path;
}
