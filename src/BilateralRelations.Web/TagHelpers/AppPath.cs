using Microsoft.AspNetCore.Http;

namespace BilateralRelations.Web.TagHelpers;

/// <summary>Site-relative addresses with the request's path base, for views and <see cref="FactHtml"/> (see <see cref="AppPathTagHelper"/>).</summary>
internal static class AppPath
{
    /// <summary>
    /// The request's path base ("" or "/bilateral"), written before every site-relative address a view takes from an
    /// expression (<c>href="@root@item.Url"</c>, <c>href="@root/people/@slug"</c>): only addresses written with a
    /// leading <c>/</c> get it from <see cref="AppPathTagHelper"/>.
    /// </summary>
    public static string Root(HttpContext context) => context.Request.PathBase.ToUriComponent();
}
