using BilateralRelations.Web.Queries;
using BilateralRelations.Web.ViewModels;

namespace BilateralRelations.Web.Tests.Pages;

/// <summary>
/// The timeline's density strips and lanes count facts from running totals per month (issue 13): every range must
/// count exactly the facts a look at each of them would, per kind and per visiting side.
/// </summary>
public sealed class MonthHistogramTests
{
    private static TimelineEntry Entry(TimelineKind kind, int year, int month, string? side = null) =>
        new(kind, Id: 0, RelationId: 1, Month: year * 12 + month - 1, side, []);

    private static readonly TimelineEntry[] Entries =
    [
        Entry(TimelineKind.Visit, 1994, 12, "a"),
        Entry(TimelineKind.Event, 1995, 1),
        Entry(TimelineKind.Visit, 1995, 1, "b"),
        Entry(TimelineKind.Visit, 1995, 1),
        Entry(TimelineKind.Agreement, 2001, 6),
        Entry(TimelineKind.Visit, 2013, 3, "a"),
    ];

    private static int Months(int year, int month = 1) => year * 12 + month - 1;

    [Fact]
    public void Counts_each_kind_in_any_range_of_months_as_a_look_at_every_fact_would()
    {
        var histogram = new MonthHistogram(Entries);
        foreach (var kind in Enum.GetValues<TimelineKind>())
        {
            foreach (var (from, to) in new[] { (Months(1990), Months(2020)), (Months(1995), Months(1996)), (Months(1994, 12), Months(1995, 1)), (Months(2013, 4), Months(2020)), (Months(1995), Months(1995)) })
            {
                Assert.Equal(Entries.Count(e => e.Kind == kind && e.Month >= from && e.Month < to), histogram.Count(kind, from, to));
            }
        }
    }

    [Fact]
    public void Counts_visits_by_side_for_the_lanes_of_one_relation()
    {
        var histogram = new MonthHistogram(Entries);
        var a = new TimelineLane("visit-a", "", TimelineKind.Visit, BySide: true, Side: "a");
        var none = new TimelineLane("visit-none", "", TimelineKind.Visit, BySide: true, Side: null);

        Assert.Equal(2, histogram.Count(a, Months(1990), Months(2020)));
        Assert.Equal(1, histogram.Count(a, Months(2000), Months(2020)));
        Assert.Equal(1, histogram.Count(none, Months(1995), Months(1996)));
        Assert.Equal(4, histogram.Count(new TimelineLane("visit", "", TimelineKind.Visit), Months(1990), Months(2020)));
        Assert.True(histogram.Any(none));
        Assert.False(histogram.Any(TimelineKind.Membership));
        Assert.True(histogram.Any(TimelineKind.Agreement));
    }

    [Fact]
    public void Counts_nothing_outside_the_facts_or_in_an_empty_histogram()
    {
        var histogram = new MonthHistogram(Entries);
        Assert.Equal(0, histogram.Count(TimelineKind.Visit, Months(1900), Months(1994, 12)));
        Assert.Equal(0, histogram.Count(TimelineKind.Visit, Months(2013, 4), int.MaxValue));
        Assert.Equal(1, histogram.Count(TimelineKind.Agreement, int.MinValue, int.MaxValue));

        var empty = new MonthHistogram([]);
        Assert.Equal(0, empty.Count(TimelineKind.Visit, int.MinValue, int.MaxValue));
        Assert.False(empty.Any(TimelineKind.Visit));
    }
}
