using BilateralRelations.Web.Queries;
using BilateralRelations.Web.Tests.Support;
using BilateralRelations.Web.ViewModels;

namespace BilateralRelations.Web.Tests.Pages;

/// <summary>
/// The relations index's sparklines are drawn once per data version: a relation's bars are kept with the statistics
/// they come from, and a chart with its bars and scale (issue 13: drawing them per request was 40% of the index).
/// </summary>
public sealed class SparklineTests
{
    private static readonly RelationStatisticsSet Statistics = new(
        new Dictionary<string, RelationCounts>
        {
            ["a-b"] = new(3, 0, 0, 0, 0, 0, null, new Dictionary<int, int> { [2001] = 1, [2003] = 2 }),
        },
        FirstYear: 2000, LastYear: 2003);

    [Fact]
    public void A_relations_bars_span_every_visit_year_and_are_made_once()
    {
        var bars = Statistics.VisitsPerYear("a-b");

        Assert.Equal([new YearBar(2000, 0), new YearBar(2001, 1), new YearBar(2002, 0), new YearBar(2003, 2)], bars);
        Assert.Same(bars, Statistics.VisitsPerYear("a-b"));
        Assert.All(Statistics.VisitsPerYear("newer-than-the-statistics"), b => Assert.Equal(0, b.Count));
    }

    [Fact]
    public void A_chart_is_drawn_once_per_bars_and_scale()
    {
        var bars = Statistics.VisitsPerYear("a-b");

        var chart = Sparkline.Svg(bars, 2);

        Assert.Same(chart, Sparkline.Svg(bars, 2));
        Assert.NotEqual(Html.Of(chart), Html.Of(Sparkline.Svg(bars, 4))); // on a taller scale its bars are lower
        Assert.Contains("most in 2003 (2)", Html.Of(chart), StringComparison.Ordinal);
    }
}
