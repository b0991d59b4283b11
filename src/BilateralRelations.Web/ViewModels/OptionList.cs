using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace BilateralRelations.Web.ViewModels;

/// <summary>
/// The <c>&lt;option&gt;</c> elements of a long select — every relation (1,001 on 1,000 articles, 79 KB), the
/// visits' countries and people — encoded once per list and shared by every page that shows it; a page adds only
/// which option is selected. Written option by option in Razor they were the largest part of the relation switcher
/// and of the visit, timeline and search filters on every uncached page.
/// </summary>
/// <remarks>
/// Kept beside the list it renders, for as long as that list lives: the lists come from per-data-version sources
/// (<see cref="Queries.RelationCatalog"/>, <see cref="Queries.VisitFacets"/>), so a new data version brings new lists
/// and so new options, and the old ones go with them.
/// </remarks>
public sealed class OptionList
{
    private const string Selected = " selected=\"selected\"";

    private static readonly ConditionalWeakTable<object, OptionList> s_rendered = new();

    private readonly string _html;

    // Where each value's option takes the selected attribute: just after its value="…". Values are slugs, so unique.
    private readonly Dictionary<string, int> _selectAt = new(StringComparer.Ordinal);

    /// <summary>The options of <paramref name="options"/> (value and label), every value and label HTML-encoded.</summary>
    public OptionList(IEnumerable<(string Value, string Label)> options, HtmlEncoder encoder)
    {
        var html = new StringBuilder();
        foreach (var (value, label) in options)
        {
            html.Append("<option value=\"").Append(encoder.Encode(value)).Append('"');
            _selectAt.TryAdd(value, html.Length);
            html.Append('>').Append(encoder.Encode(label)).Append("</option>");
        }
        _html = html.ToString();
    }

    /// <summary>One option per relation: its slug, its title.</summary>
    public static OptionList Of(IReadOnlyList<RelationLink> relations) =>
        s_rendered.GetValue(relations, _ => new OptionList(relations.Select(r => (r.Slug, r.Title)), HtmlEncoder.Default));

    /// <summary>One option per <see cref="Option"/>.</summary>
    public static OptionList Of(IReadOnlyList<Option> options) =>
        s_rendered.GetValue(options, _ => new OptionList(options.Select(o => (o.Value, o.Label)), HtmlEncoder.Default));

    /// <summary>The options, the one whose value is <paramref name="value"/> (if any) selected.</summary>
    public IHtmlContent Selecting(string? value) =>
        value is not null && _selectAt.TryGetValue(value, out var at) ? new SplicedOptions(_html, at) : new HtmlString(_html);

    /// <summary>The options with the selected attribute written in at one place, without copying them.</summary>
    private sealed class SplicedOptions(string html, int at) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            writer.Write(html.AsSpan(0, at));
            writer.Write(Selected);
            writer.Write(html.AsSpan(at));
        }
    }
}
