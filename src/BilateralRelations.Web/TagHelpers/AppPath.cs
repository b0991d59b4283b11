using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace BilateralRelations.Web.TagHelpers;

/// <summary>Site-relative addresses with the request's path base, for tag helpers and for views (see <see cref="AppPathTagHelper"/>).</summary>
internal static class AppPath
{
    public static string Of(ViewContext view, string path) => Root(view.HttpContext) + path;

    /// <summary>
    /// The request's path base ("" or "/bilateral"), written before every site-relative address a view takes from an
    /// expression (<c>href="@root@item.Url"</c>, <c>href="@root/people/@slug"</c>): only addresses written with a
    /// leading <c>/</c> get it from <see cref="AppPathTagHelper"/>.
    /// </summary>
    public static string Root(HttpContext context) => context.Request.PathBase.ToUriComponent();
}
