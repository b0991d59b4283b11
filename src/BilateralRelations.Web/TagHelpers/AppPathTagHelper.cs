using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace BilateralRelations.Web.TagHelpers;

/// <summary>
/// Every link and form a view writes with a site-relative address (<c>href="/visits"</c>,
/// <c>href="/visits/@slug"</c>, <c>action="/search"</c>) gets the request's path base, so the site also works
/// mounted under a prefix (<c>PathBase=/bilateral</c>) behind a proxy. Without a path base nothing changes.
/// </summary>
/// <remarks>
/// Razor binds a tag helper when it compiles a view, by the address as written: only addresses that begin with
/// <c>/</c> there are bound. An address from an expression (<c>href="@item.Url"</c>) carries the path base itself,
/// from routing (<c>Url.Action</c>) or from <see cref="AppPath.Root"/> (<c>href="@root@item.Url"</c>). Bound to
/// every link, this tag helper's run was 7-15% of the longer pages' CPU (660 links on a timeline page), path base
/// or not.
/// </remarks>
[HtmlTargetElement("a", Attributes = "[href^='/']")]
[HtmlTargetElement("form", Attributes = "[action^='/']")]
public sealed class AppPathTagHelper(HtmlEncoder encoder) : TagHelper
{
    private static readonly string[] s_attributes = ["href", "action"];

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var pathBase = ViewContext.HttpContext.Request.PathBase;
        if (!pathBase.HasValue)
        {
            return;
        }
        foreach (var name in s_attributes)
        {
            if (!output.Attributes.TryGetAttribute(name, out var attribute))
            {
                continue;
            }
            // A value written with Razor expressions arrives as HTML (already encoded), a literal one as text.
            var html = attribute.Value switch
            {
                string text => encoder.Encode(text),
                IHtmlContent content => Render(content),
                _ => null,
            };
            var prefix = encoder.Encode(pathBase.ToUriComponent());
            // Links made by routing (Url.Action, tag helpers) carry the path base already.
            if (html is not null && html.StartsWith('/') && !html.StartsWith("//", StringComparison.Ordinal)
                && !(html.StartsWith(prefix, StringComparison.Ordinal) && (html.Length == prefix.Length || html[prefix.Length] is '/' or '?' or '#')))
            {
                output.Attributes.SetAttribute(name, new HtmlString(prefix + html));
            }
        }
    }

    private string Render(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, encoder);
        return writer.ToString();
    }
}
