using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace BilateralRelations.Web.TagHelpers;

/// <summary>
/// Every site-relative link and form (<c>href="/visits"</c>, <c>action="/search"</c>, written in a view or built by a
/// query) gets the request's path base, so the site also works mounted under a prefix (<c>PathBase=/bilateral</c>)
/// behind a proxy. Without a path base nothing changes.
/// </summary>
[HtmlTargetElement("a", Attributes = "href")]
[HtmlTargetElement("form", Attributes = "action")]
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
