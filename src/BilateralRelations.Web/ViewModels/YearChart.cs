namespace BilateralRelations.Web.ViewModels;

/// <summary>One stacked part of every bar ("made by Hungary"); <see cref="Key"/> picks its fill (CSS class <c>series-{Key}</c>).</summary>
public sealed record YearChartSeries(string Label, string Key);

/// <summary>One year's counts, one per series, and where its bar links to (null: no link).</summary>
public sealed record YearChartBar(int Year, IReadOnlyList<int> Counts, string? Url)
{
    public int Total => Counts.Sum();
}

/// <summary>
/// Counts per year drawn on the server as an SVG bar chart with a y axis and year labels
/// (Views/Shared/_YearChart.cshtml), shared by the relation overview and the country summary. Every year of the span
/// gets a slot, so gaps show. The geometry is worked out here, so the view only places what it is given: the chart is
/// narrow enough for a 390 px phone and half an A4 page, year labels are horizontal every few years rather than
/// rotated (rotated labels were clipped), and the y axis has round ticks.
/// </summary>
public sealed class YearChart
{
    /// <summary>Margins around the plot: y tick labels on the left, year labels below, half a label on the right.</summary>
    public int Left { get; } = 34;
    public int Top { get; } = 8;
    public int Bottom { get; } = 22;
    public int Right { get; } = 18;
    public int PlotHeight { get; } = 120;

    /// <summary>The width the bars aim for: with the margins it fits a phone's 358 px column.</summary>
    private const int TargetPlotWidth = 300;

    /// <summary>Room a horizontal four-digit year needs at 11 px, with a gap.</summary>
    private const int LabelRoom = 34;

    private static readonly int[] LabelSteps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500];

    public YearChart(string id, string title, string noun, IReadOnlyList<YearChartSeries> series, IEnumerable<YearChartBar> bars)
    {
        Id = id;
        Title = title;
        Noun = noun;
        Series = series;
        // A year given twice counts once, with both counts added.
        var byYear = bars.Where(b => b.Total > 0).GroupBy(b => b.Year).ToDictionary(g => g.Key, g => g.Skip(1).Aggregate(g.First(),
            (sum, b) => sum with { Counts = sum.Counts.Zip(b.Counts, (x, y) => x + y).ToList() }));
        Bars = byYear.Count == 0 ? [] : Enumerable.Range(byYear.Keys.Min(), byYear.Keys.Max() - byYear.Keys.Min() + 1)
            .Select(y => byYear.GetValueOrDefault(y) ?? new YearChartBar(y, series.Select(_ => 0).ToList(), null)).ToList();

        SlotWidth = Math.Clamp(TargetPlotWidth / Math.Max(1, Bars.Count), 3, 36);
        BarWidth = Math.Max(2, SlotWidth - Math.Max(1, SlotWidth / 4));
        LabelEvery = LabelSteps.FirstOrDefault(s => s * SlotWidth >= LabelRoom, 1000);
        var max = Bars.Count == 0 ? 0 : Bars.Max(b => b.Total);
        YStep = Step(max);
        YMax = Math.Max(YStep, (max + YStep - 1) / YStep * YStep);
    }

    /// <summary>The element id the chart's title and description hang on.</summary>
    public string Id { get; }

    public string Title { get; }

    /// <summary>What is counted, singular ("visit").</summary>
    public string Noun { get; }

    public IReadOnlyList<YearChartSeries> Series { get; }

    /// <summary>Every year from the first to the last with a count, the years between with zeros.</summary>
    public IReadOnlyList<YearChartBar> Bars { get; }

    public int SlotWidth { get; }
    public int BarWidth { get; }

    /// <summary>Years are labelled at multiples of this (every year, every 2, 5, 10… as room allows).</summary>
    public int LabelEvery { get; }

    public int YStep { get; }
    public int YMax { get; }

    public int Width => Left + Bars.Count * SlotWidth + Right;

    /// <summary>Narrow enough to be drawn larger on wide screens without its labels outgrowing the text around it.</summary>
    public bool Scalable => Width <= Left + TargetPlotWidth + Right + SlotWidth;
    public int Height => Top + PlotHeight + Bottom;
    public int Baseline => Top + PlotHeight;

    public int SlotX(int index) => Left + index * SlotWidth;
    public double BarX(int index) => SlotX(index) + (SlotWidth - BarWidth) / 2.0;
    public double CentreX(int index) => SlotX(index) + SlotWidth / 2.0;

    /// <summary>The height of <paramref name="count"/> on the y scale.</summary>
    public double Scale(int count) => count * (double)PlotHeight / YMax;

    public IEnumerable<int> YTicks => Enumerable.Range(0, YMax / YStep + 1).Select(i => i * YStep);

    /// <summary>The labelled years: multiples of <see cref="LabelEvery"/>, or the first and last when no multiple falls in the span.</summary>
    public IReadOnlyList<int> LabelledIndexes
    {
        get
        {
            var multiples = Enumerable.Range(0, Bars.Count).Where(i => Bars[i].Year % LabelEvery == 0).ToList();
            return multiples.Count > 0 || Bars.Count == 0 ? multiples : Bars.Count * SlotWidth >= 2 * LabelRoom ? [0, Bars.Count - 1] : [0];
        }
    }

    public string Count(int n) => $"{n} {(n == 1 ? Noun : Noun + "s")}";

    /// <summary>"2007: 6 visits (2 made, 4 received)" — a bar's name for screen readers and its tooltip.</summary>
    public string Describe(YearChartBar bar) =>
        Series.Count == 1 || bar.Total == 0
            ? $"{bar.Year}: {Count(bar.Total)}"
            : $"{bar.Year}: {Count(bar.Total)} ({string.Join(", ", Series.Select((s, i) => (s, i)).Where(x => bar.Counts[x.i] > 0).Select(x => $"{bar.Counts[x.i]} {x.s.Label.ToLowerInvariant()}"))})";

    /// <summary>The chart in one sentence, for its &lt;desc&gt;.</summary>
    public string Summary
    {
        get
        {
            if (Bars.Count == 0)
            {
                return $"No {Noun}s.";
            }
            var peak = Bars.MaxBy(b => b.Total)!;
            var years = Bars.Count(b => b.Total > 0);
            return $"{Bars[0].Year} to {Bars[^1].Year}: {Count(Bars.Sum(b => b.Total))} in {years} {(years == 1 ? "year" : "years")}, most in {peak.Year} ({peak.Total}).";
        }
    }

    /// <summary>A round step (1, 2, 5, 10, 20, 50…) giving at most four intervals up to <paramref name="max"/>.</summary>
    private static int Step(int max)
    {
        for (var magnitude = 1; ; magnitude *= 10)
        {
            foreach (var m in (int[])[1, 2, 5])
            {
                if (m * magnitude * 4 >= max)
                {
                    return m * magnitude;
                }
            }
        }
    }
}
