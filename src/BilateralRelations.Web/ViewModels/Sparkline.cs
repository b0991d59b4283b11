using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace BilateralRelations.Web.ViewModels;

/// <summary>
/// A relation's visits per year as a small SVG bar chart, drawn on the server: one bar a year on the index's common
/// span, on a height scale shared by the rows (the busiest year of any of them), so rows
/// compare as they look. Written as one string: as a Razor partial per row, its twenty-odd bars and their attributes
/// were 40% of the relations index on 1,000 articles.
/// </summary>
/// <remarks>
/// Drawn once per list of bars and scale, and kept for as long as the list lives: the index's lists are kept per data
/// version (<see cref="Queries.RelationStatisticsSet.VisitsPerYear"/>), and drawing a hundred rows' charts on every
/// request was again 40% of the index's CPU.
/// </remarks>
public static class Sparkline
{
    private const int Width = 120, Height = 26;

    private static readonly ConditionalWeakTable<IReadOnlyList<YearBar>, ConcurrentDictionary<int, IHtmlContent>> s_drawn = new();

    /// <summary>The chart of <paramref name="bars"/> (one per year, in order) with <paramref name="max"/> visits as its full height; its label HTML-encoded.</summary>
    public static IHtmlContent Svg(IReadOnlyList<YearBar> bars, int max) =>
        s_drawn.GetOrCreateValue(bars).GetOrAdd(max, static (m, b) => Draw(b, m), bars);

    private static HtmlString Draw(IReadOnlyList<YearBar> bars, int max)
    {
        var own = 0;
        var peak = 0;
        foreach (var bar in bars)
        {
            if (bar.Count > own)
            {
                (own, peak) = (bar.Count, bar.Year);
            }
        }
        max = Math.Max(own, max);
        var step = bars.Count == 0 ? 0 : (double)Width / bars.Count;
        var label = HtmlEncoder.Default.Encode(own == 0 ? "No dated visits" : $"Visits per year, {bars[0].Year}–{bars[^1].Year}: most in {peak} ({own})");
        var svg = new StringBuilder(256 + bars.Count * 64)
            .Append($"<svg class=\"sparkline\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-label=\"{label}\">")
            .Append($"<title>{label}</title>")
            .Append(CultureInfo.InvariantCulture, $"<line x1=\"0\" y1=\"{Height - 0.5}\" x2=\"{Width}\" y2=\"{Height - 0.5}\" class=\"baseline\" />");
        var barWidth = Number(Math.Max(1, step - (step > 3 ? 1 : 0)));
        for (var i = 0; i < bars.Count; i++)
        {
            if (bars[i].Count > 0)
            {
                var h = Math.Max(2, bars[i].Count * (Height - 2.0) / max);
                svg.Append($"<rect x=\"{Number(i * step)}\" y=\"{Number(Height - h)}\" width=\"{barWidth}\" height=\"{Number(h)}\" />");
            }
        }
        return new HtmlString(svg.Append("</svg>").ToString());
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
