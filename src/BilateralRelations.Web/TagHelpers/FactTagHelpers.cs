using BilateralRelations.Web.ViewModels;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace BilateralRelations.Web.TagHelpers;

// A country, a source line and a visit's direction appear in nearly every row of every list. They were partial views;
// a partial is found, activated and buffered per use, and a page of 100 visits made 400 of them: more than half of
// its rendering time. These tag helpers write the same markup directly.

/// <summary>
/// <c>&lt;country-link value="@country" /&gt;</c> → the country's page with its colour swatch, or "country not stated".
/// </summary>
[HtmlTargetElement("country-link", TagStructure = TagStructure.WithoutEndTag)]
public sealed class CountryLinkTagHelper : TagHelper
{
    public CountryRef? Value { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        output.Content.SetHtmlContent(Html(Value, ViewContext));
    }

    /// <summary>The markup of one country, for this and the other fact tag helpers.</summary>
    internal static IHtmlContent Html(CountryRef? country, ViewContext view)
    {
        if (country is null)
        {
            var unknown = new TagBuilder("span");
            unknown.AddCssClass("country unknown");
            unknown.InnerHtml.Append("country not stated");
            return unknown;
        }
        var link = new TagBuilder("a");
        link.Attributes["class"] = $"country side-{(country.Side.Length > 0 ? country.Side : "x")}";
        link.Attributes["href"] = AppPath.Of(view, $"/countries/{country.Slug}");
        link.InnerHtml.AppendHtml("""<span class="swatch" aria-hidden="true"></span>""").Append(country.Name);
        return link;
    }
}

/// <summary>
/// <c>&lt;visit-direction value="@visit" /&gt;</c> → "visiting country → host country", or "direction not stated".
/// </summary>
[HtmlTargetElement("visit-direction", TagStructure = TagStructure.WithoutEndTag)]
public sealed class VisitDirectionTagHelper : TagHelper
{
    public VisitRow Value { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        if (Value.Visiting is null && Value.Host is null)
        {
            output.Content.SetHtmlContent("""<span class="country unknown">direction not stated</span>""");
            return;
        }
        output.Content.SetHtmlContent(CountryLinkTagHelper.Html(Value.Visiting, ViewContext))
            .AppendHtml("""<span class="arrow" aria-label="to"> → </span>""")
            .AppendHtml(CountryLinkTagHelper.Html(Value.Host, ViewContext));
    }
}

/// <summary>
/// <c>&lt;source-link value="@source" /&gt;</c> → "line 12" linked to the sentence in the article (its text as the
/// title), and what the extractor inferred, when it did.
/// </summary>
[HtmlTargetElement("source-link", TagStructure = TagStructure.WithoutEndTag)]
public sealed class SourceLinkTagHelper : TagHelper
{
    public SourceRef Value { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "a";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "source-link");
        output.Attributes.SetAttribute("href", AppPath.Of(ViewContext, Value.ArticleUrl));
        output.Attributes.SetAttribute("title", Value.Text);
        output.Content.SetContent($"line {Value.Line}");
        if (Value.Inference is { } inference)
        {
            var inferred = new TagBuilder("span");
            inferred.AddCssClass("inferred");
            inferred.Attributes["title"] = $"Inferred: {inference}";
            inferred.InnerHtml.Append("inferred").AppendHtml("""<span class="visually-hidden">: """).Append(inference).AppendHtml("</span>");
            output.PostElement.AppendHtml(" ").AppendHtml(inferred);
        }
    }
}
