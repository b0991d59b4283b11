namespace BilateralRelations.Web.ViewModels;

/// <summary>
/// The time axis of <c>/timeline</c>, laid out on the server in SVG user units: years to scale between
/// <see cref="PlotLeft"/> and <see cref="PlotRight"/>, one band per lane, each holding either one mark per fact or,
/// past <see cref="Queries.TimelineLayout.MarkLimit"/> facts, a bar per bin counting them.
/// </summary>
public sealed record TimelineAxis(
    int From,
    int To,
    double Width,
    double Height,
    double PlotLeft,
    double PlotRight,
    double YearWidth,
    bool Density,
    string? BinLabel,
    IReadOnlyList<TimelineTick> Ticks,
    IReadOnlyList<TimelineTick> MonthTicks,
    IReadOnlyList<TimelineLaneBox> Lanes)
{
    public int Marks => Lanes.Sum(l => l.Marks.Count);

    public int Count => Lanes.Sum(l => l.Count);
}

/// <summary>A line across the lanes at the start of <see cref="Year"/> (or of a month); its <see cref="Label"/>, if any, sits at <see cref="LabelX"/>.</summary>
public sealed record TimelineTick(int Year, double X, string? Label, double LabelX, bool Minor = false);

/// <summary>A lane of the axis: one kind of fact (or one direction of visits), its band and what is drawn in it.</summary>
public sealed record TimelineLaneBox(
    string Key,
    string Label,
    double Top,
    double Height,
    int Count,
    IReadOnlyList<TimelineMark> Marks,
    IReadOnlyList<TimelineBin> Bins);

/// <summary>One fact drawn from its first to its last day (a month or year when that is all the article says).</summary>
public sealed record TimelineMark(TimelineItem Item, string Label, double X, double Y, double Width, double Height);

/// <summary>A bar counting the facts that start in a bin of months; <see cref="ZoomFrom"/> is set when the bin is whole years to zoom into.</summary>
public sealed record TimelineBin(string Label, int Count, double X, double Y, double Width, double Height, int? ZoomFrom, int? ZoomTo);

/// <summary>The density of the whole span (all lanes together) with the window shown below marked on it.</summary>
public sealed record TimelineOverview(
    int From,
    int To,
    double Width,
    double Height,
    double WindowX,
    double WindowWidth,
    IReadOnlyList<TimelineBin> Bins);
