using BilateralRelations.Core.Dates;
using BilateralRelations.Web.ViewModels;

namespace BilateralRelations.Web.Queries;

/// <summary>A lane of the timeline: a key (its CSS class), a label, and the facts it holds: one kind, or visits of one side.</summary>
public sealed record TimelineLane(string Key, string Label, TimelineKind Kind, bool BySide = false, string? Side = null)
{
    public bool Holds(TimelineKind kind, string? side) => kind == Kind && (!BySide || side == Side);

    public bool Holds(TimelineItem item) => Holds(item.Kind, item.VisitingSide);

    public bool Holds(TimelineEntry entry) => Holds(entry.Kind, entry.Side);
}

/// <summary>
/// Lays the timeline out in SVG user units, on the server, so the page works without script and its size is
/// bounded: at most <see cref="MarkLimit"/> marks, else a bar per bin of months or years; the bins are coarse enough
/// that a window of any length has at most a few hundred of them.
/// </summary>
public static class TimelineLayout
{
    /// <summary>More facts than this in the window are drawn as density, not as marks.</summary>
    public const int MarkLimit = 400;

    public const double Width = 960;
    public const double PlotLeft = 24;
    public const double PlotRight = 936;
    private const double AxisTop = 28;
    private const double LaneHead = 17;
    private const double RowHeight = 13;
    private const double MarkHeight = 10;
    private const double LanePad = 5;
    private const double BarArea = 36;
    private const double MinMarkWidth = 4;
    private const double BottomLabels = 24;
    private const int MaxRows = 8;
    private const double OverviewHeight = 40;
    private static readonly int[] TickSteps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];
    private static readonly int[] BinMonths = [1, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000];
    private static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>
    /// The axis for the years <paramref name="from"/> to <paramref name="to"/> holding <paramref name="inWindow"/>
    /// facts; past <see cref="MarkLimit"/> of them it counts them in <paramref name="months"/>, else it draws
    /// <paramref name="items"/>, the same facts with their texts.
    /// </summary>
    public static TimelineAxis Axis(int from, int to, IReadOnlyList<TimelineLane> lanes, int inWindow, MonthHistogram months, IReadOnlyList<TimelineItem> items)
    {
        var scale = new Scale(from, to, PlotLeft, PlotRight);
        var density = inWindow > MarkLimit;
        // Bins of whole years, each a link to zoom into, unless the window is a year or two: then months.
        var binMonths = BinMonths.FirstOrDefault(m => m * scale.YearWidth / 12 >= 6 && (m >= 12 || to - from < 2), BinMonths[^1]);

        var boxes = new List<TimelineLaneBox>();
        var top = AxisTop;
        if (density)
        {
            var perLane = lanes.Select(l => (Lane: l, Counts: BinCounts((start, end) => months.Count(l, start, end), from * 12, (to + 1) * 12, binMonths))).ToList();
            var maxBin = perLane.SelectMany(l => l.Counts.Values).DefaultIfEmpty(1).Max();
            foreach (var (lane, counts) in perLane)
            {
                var bins = Bins(counts, binMonths, scale, top + LaneHead + BarArea, BarArea, maxBin);
                boxes.Add(new TimelineLaneBox(lane.Key, lane.Label, top, LaneHead + BarArea + LanePad, counts.Values.Sum(), [], bins));
                top += boxes[^1].Height;
            }
        }
        else
        {
            foreach (var lane in lanes)
            {
                var laneItems = items.Where(lane.Holds).ToList();
                var (marks, rows) = Marks(laneItems, scale, top + LaneHead);
                boxes.Add(new TimelineLaneBox(lane.Key, lane.Label, top, LaneHead + Math.Max(1, rows) * RowHeight + LanePad, laneItems.Count, marks, []));
                top += boxes[^1].Height;
            }
        }
        return new TimelineAxis(from, to, Width, top + BottomLabels, PlotLeft, PlotRight, scale.YearWidth, density,
            density ? BinName(binMonths) : null, Ticks(scale), MonthTicks(scale), boxes);
    }

    /// <summary>
    /// The facts of <paramref name="kinds"/> in the span as one density strip, with the window
    /// <paramref name="windowFrom"/>–<paramref name="windowTo"/> marked.
    /// </summary>
    public static TimelineOverview Overview(int from, int to, int windowFrom, int windowTo, MonthHistogram months, IReadOnlyList<TimelineKind> kinds)
    {
        var scale = new Scale(from, to, 0, Width);
        // Wide bins: the strip is squeezed to the width of a phone, and each bar is a link to zoom into.
        var binMonths = BinMonths.FirstOrDefault(m => m >= 12 && m * scale.YearWidth / 12 >= 16, BinMonths[^1]);
        var counts = BinCounts((start, end) => kinds.Sum(k => months.Count(k, start, end)), from * 12, (to + 1) * 12, binMonths);
        var bins = Bins(counts, binMonths, scale, OverviewHeight, OverviewHeight - 2, counts.Values.DefaultIfEmpty(1).Max());
        var x = scale.X(new DateOnly(windowFrom, 1, 1));
        // At least a few units wide: a year in a thousand must still be seen.
        var width = Math.Max(4, scale.X(new DateOnly(windowTo, 12, 31).AddDays(1)) - x);
        return new TimelineOverview(from, to, Width, OverviewHeight, Math.Min(x, Width - width), width, bins);
    }

    private static (List<TimelineMark> Marks, int Rows) Marks(List<TimelineItem> items, Scale scale, double top)
    {
        // Greedy packing into rows, so marks close in time stack instead of hiding each other; past MaxRows they overlap.
        var ends = new List<double>();
        var marks = new List<TimelineMark>();
        foreach (var item in items.OrderBy(i => i.Date.Start).ThenBy(i => i.Date.End))
        {
            var x1 = Math.Clamp(scale.X(item.Date.Start), scale.Left, scale.Right);
            var x2 = Math.Clamp(scale.X(item.Date.End.AddDays(1)), scale.Left, scale.Right);
            var width = Math.Max(MinMarkWidth, x2 - x1);
            x1 = Math.Min(x1, scale.Right - width);
            var row = ends.FindIndex(end => end + 1 <= x1);
            if (row < 0 && ends.Count < MaxRows)
            {
                ends.Add(double.MinValue);
                row = ends.Count - 1;
            }
            else if (row < 0)
            {
                row = ends.IndexOf(ends.Min());
            }
            ends[row] = Math.Max(ends[row], x1 + width);
            marks.Add(new TimelineMark(item, MarkLabel(item), x1, top + row * RowHeight, width, MarkHeight));
        }
        return (marks, ends.Count);
    }

    /// <summary>"4–5 December 1994: Visit: Heydar Aliyev; Heads of State; Azerbaijan → Hungary; source line 23" (ASCII separators: they are not escaped).</summary>
    public static string MarkLabel(TimelineItem item)
    {
        var kind = Labels.Of(item.Kind).TrimEnd('s');
        var title = item.Title.StartsWith(kind + ":", StringComparison.Ordinal) ? item.Title : $"{kind}: {item.Title}";
        var precision = item.Date.Precision == DatePrecision.Day ? "" : $" ({Labels.Note(item.Date.Precision)})";
        var detail = item.Detail is null ? "" : $"; {item.Detail}";
        return $"{DateText.Format(item.Date)}{precision}: {title}{detail}; source line {item.Source.Line}";
    }

    /// <summary>
    /// The non-empty bins of <paramref name="binMonths"/> months (aligned on multiples of it) over the months
    /// <paramref name="first"/> to <paramref name="end"/> − 1, by their first month, each with <paramref name="count"/>
    /// of its months inside that range: a few hundred bins at most, whatever the number of facts.
    /// </summary>
    private static Dictionary<int, int> BinCounts(Func<int, int, int> count, int first, int end, int binMonths)
    {
        var counts = new Dictionary<int, int>();
        for (var start = first / binMonths * binMonths; start < end; start += binMonths)
        {
            if (count(Math.Max(start, first), Math.Min(start + binMonths, end)) is > 0 and var n)
            {
                counts[start] = n;
            }
        }
        return counts;
    }

    private static List<TimelineBin> Bins(Dictionary<int, int> counts, int binMonths, Scale scale, double bottom, double area, int max)
    {
        var bins = new List<TimelineBin>();
        foreach (var (start, count) in counts.OrderBy(b => b.Key))
        {
            var first = new DateOnly(start / 12, start % 12 + 1, 1);
            var next = first.AddMonths(binMonths);
            var x1 = Math.Max(scale.Left, scale.X(first));
            var x2 = Math.Min(scale.Right, scale.X(next));
            var height = Math.Max(2, area * count / max);
            var whole = binMonths % 12 == 0;
            var last = next.AddMonths(-1);
            // Zoom into the bin's years, within the span shown.
            int? zoomFrom = whole ? Math.Max(first.Year, scale.From) : null, zoomTo = whole ? Math.Min(last.Year, scale.To) : null;
            bins.Add(new TimelineBin(BinText(first, last, binMonths), count, x1 + .5, bottom - height, Math.Max(1, x2 - x1 - 1), height, zoomFrom, zoomTo));
        }
        return bins;
    }

    private static string BinText(DateOnly first, DateOnly last, int binMonths) => binMonths switch
    {
        1 => $"{MonthNames[first.Month - 1]} {first.Year}",
        < 12 => $"{MonthNames[first.Month - 1]}–{MonthNames[last.Month - 1]} {first.Year}",
        12 => $"{first.Year}",
        _ => $"{first.Year}–{last.Year}",
    };

    private static string BinName(int binMonths) => binMonths switch
    {
        1 => "month",
        12 => "year",
        120 => "decade",
        1200 => "century",
        < 12 => $"{binMonths} months",
        _ => $"{binMonths / 12} years",
    };

    private static List<TimelineTick> Ticks(Scale scale)
    {
        // The labelled step: the smallest that leaves room for a four-digit year between two labels.
        var step = TickSteps.FirstOrDefault(s => s * scale.YearWidth >= 44, TickSteps[^1]);
        var ticks = new List<TimelineTick>();
        for (var year = scale.From; year <= scale.To + 1; year++)
        {
            var x = scale.X(new DateOnly(year, 1, 1));
            if (step == 1)
            {
                // Whole years: each label sits in the middle of its year.
                ticks.Add(new TimelineTick(year, x, year <= scale.To ? $"{year}" : null, x + scale.YearWidth / 2));
            }
            else if (year % step == 0)
            {
                ticks.Add(new TimelineTick(year, x, $"{year}", x));
            }
            else if (scale.YearWidth >= 3)
            {
                ticks.Add(new TimelineTick(year, x, null, x, Minor: true));
            }
        }
        return ticks;
    }

    private static List<TimelineTick> MonthTicks(Scale scale)
    {
        var ticks = new List<TimelineTick>();
        if (scale.YearWidth < 240)
        {
            return ticks;
        }
        for (var year = scale.From; year <= scale.To; year++)
        {
            for (var month = 1; month <= 12; month++)
            {
                var first = new DateOnly(year, month, 1);
                var x = scale.X(first);
                var width = scale.X(first.AddMonths(1)) - x;
                ticks.Add(new TimelineTick(year, x, width >= 20 ? MonthNames[month - 1] : null, x + width / 2));
            }
        }
        return ticks;
    }

    /// <summary>Years to user units: each year the same width, each day its share of its year.</summary>
    private sealed record Scale(int From, int To, double Left, double Right)
    {
        public double YearWidth { get; } = (Right - Left) / (To - From + 1);

        public double X(DateOnly date) =>
            Left + (date.Year - From + (date.DayOfYear - 1) / (double)(DateTime.IsLeapYear(date.Year) ? 366 : 365)) * YearWidth;
    }
}
