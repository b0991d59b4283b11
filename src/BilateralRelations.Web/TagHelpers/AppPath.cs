using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace BilateralRelations.Web.TagHelpers;

/// <summary>Site-relative addresses made by tag helpers, with the request's path base (see <see cref="AppPathTagHelper"/>).</summary>
internal static class AppPath
{
    public static string Of(ViewContext view, string path) => Root(view.HttpContext) + path;

    /// <summary>
    /// The request's path base ("" or "/bilateral"), for links a view writes on every row of a long list: such a link
    /// opts out of <see cref="AppPathTagHelper"/> (<c>&lt;!a href="@root/people/@slug"&gt;</c>), whose run on each one
    /// cost more than the row's other markup.
    /// </summary>
    public static string Root(HttpContext context) => context.Request.PathBase.ToUriComponent();
}
