using BilateralRelations.Core.Dates;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace BilateralRelations.Web.TagHelpers;

/// <summary>
/// <c>&lt;date-range value="@date" short="true" /&gt;</c> → <c>&lt;time datetime="1994-12-04"&gt;4–5 Dec 1994&lt;/time&gt;</c>,
/// saying no more than the article: "Feb 1997", "2012".
/// </summary>
[HtmlTargetElement("date-range", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DateRangeTagHelper : TagHelper
{
    public FuzzyDate? Value { get; set; }

    public bool Short { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagMode = TagMode.StartTagAndEndTag;
        if (Value is not { } date)
        {
            output.TagName = "span";
            output.Attributes.SetAttribute("class", "undated");
            output.Content.SetContent("undated");
            return;
        }
        output.TagName = "time";
        output.Attributes.SetAttribute("datetime", date.SlugKey);
        if (date.Precision != DatePrecision.Day)
        {
            output.Attributes.SetAttribute("title", $"Precision: {date.Precision.ToString().ToLowerInvariant()} (the article gives no exact day)");
        }
        output.Content.SetContent(Short ? DateText.FormatShort(date) : DateText.Format(date));
    }
}
