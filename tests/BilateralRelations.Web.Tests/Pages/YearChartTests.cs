using BilateralRelations.Web.ViewModels;

namespace BilateralRelations.Web.Tests.Pages;

/// <summary>The year chart's geometry: every year in its slot, legible labels that never collide, round y ticks.</summary>
public sealed class YearChartTests
{
    private static YearChart Chart(params (int Year, int Count)[] bars) =>
        new("c", "Visits per year", "visit", [new("Visits", "all")], bars.Select(b => new YearChartBar(b.Year, [b.Count], null)));

    [Fact]
    public void Years_without_a_count_keep_their_slot_so_gaps_show()
    {
        var chart = Chart((1994, 1), (1998, 2), (2004, 1));
        Assert.Equal(Enumerable.Range(1994, 11), chart.Bars.Select(b => b.Year));
        Assert.Equal(0, chart.Bars.Single(b => b.Year == 2000).Total);
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(21, 60)]
    [InlineData(60, 120)]
    [InlineData(150, 300)]
    [InlineData(400, 900)]
    public void Year_labels_are_horizontal_multiples_with_room_for_four_digits(int years, int peak)
    {
        var chart = Chart(Enumerable.Range(1900, years).Select(y => (y, 1 + y % 3)).Append((1900, peak)).ToArray());
        var labelled = chart.LabelledIndexes;
        Assert.NotEmpty(labelled);
        // Adjacent labels are at least a four-digit year's width apart, so none overlaps or is cut.
        Assert.All(labelled.Zip(labelled.Skip(1)), p => Assert.True((p.Second - p.First) * chart.SlotWidth >= 34));
        // The first and last labels stay inside the drawing.
        Assert.True(chart.CentreX(labelled[0]) - 14 >= 0);
        Assert.True(chart.CentreX(labelled[^1]) + 14 <= chart.Width);
        // The y axis ends on a round tick at or above the peak, in at most four steps.
        Assert.True(chart.YMax >= chart.Bars.Max(b => b.Total));
        Assert.InRange(chart.YMax / chart.YStep, 1, 4);
        Assert.Contains(chart.YStep.ToString(System.Globalization.CultureInfo.InvariantCulture)[0], "125");
    }

    [Fact]
    public void Two_decades_fit_a_phone_without_scrolling()
    {
        var chart = Chart(Enumerable.Range(1994, 21).Select(y => (y, 2)).ToArray());
        Assert.True(chart.Width <= 358, $"{chart.Width} px");
        Assert.True(chart.Scalable);
        Assert.Equal(5, chart.LabelEvery);
    }

    [Fact]
    public void A_bar_is_described_with_each_series()
    {
        var chart = new YearChart("c", "t", "visit", [new("Made", "made"), new("Received", "received"), new("Direction not stated", "unstated")],
            [new YearChartBar(2007, [2, 4, 0], "/visits/2007"), new YearChartBar(2008, [1, 0, 0], null)]);
        Assert.Equal("2007: 6 visits (2 made, 4 received)", chart.Describe(chart.Bars[0]));
        Assert.Equal("2008: 1 visit (1 made)", chart.Describe(chart.Bars[1]));
        Assert.Equal("2007 to 2008: 7 visits in 2 years, most in 2007 (6).", chart.Summary);
    }
}
