using BilateralRelations.Web.ViewModels;

namespace BilateralRelations.Web.Queries;

/// <summary>
/// How many dated facts start in each month, per kind and per visiting side, as running totals: the facts of a
/// timeline lane in any range of months are counted in constant time. Built once per data version for the whole
/// corpus (<see cref="TimelineFacts.Months"/>), where the density strips and the lanes counted every fact (40,000 on
/// 1,000 articles) on each request, and per request for the few facts of one relation or country.
/// </summary>
public sealed class MonthHistogram
{
    private static readonly int Kinds = Enum.GetValues<TimelineKind>().Length;

    private readonly int _first;

    // _running[key][i]: the facts of key starting in the months _first to _first + i - 1.
    private readonly int[][] _running;

    /// <summary>The counts of <paramref name="entries"/>: each under its kind, and a visit under its side too.</summary>
    public MonthHistogram(IReadOnlyList<TimelineEntry> entries)
    {
        _first = entries.Count == 0 ? 0 : entries.Min(e => e.Month);
        var months = entries.Count == 0 ? 0 : entries.Max(e => e.Month) - _first + 1;
        _running = new int[Kinds + 3][];
        for (var key = 0; key < _running.Length; key++)
        {
            _running[key] = new int[months + 1];
        }
        foreach (var entry in entries)
        {
            var i = entry.Month - _first + 1;
            _running[(int)entry.Kind][i]++;
            if (entry.Kind == TimelineKind.Visit)
            {
                _running[SideKey(entry.Side)][i]++;
            }
        }
        foreach (var running in _running)
        {
            for (var i = 1; i < running.Length; i++)
            {
                running[i] += running[i - 1];
            }
        }
    }

    /// <summary>The facts of <paramref name="lane"/> starting in the months <paramref name="from"/> to <paramref name="to"/> − 1.</summary>
    public int Count(TimelineLane lane, int from, int to) => Count(lane.BySide ? SideKey(lane.Side) : (int)lane.Kind, from, to);

    /// <summary>The facts of <paramref name="kind"/> starting in the months <paramref name="from"/> to <paramref name="to"/> − 1.</summary>
    public int Count(TimelineKind kind, int from, int to) => Count((int)kind, from, to);

    /// <summary>Whether any fact is of <paramref name="kind"/>.</summary>
    public bool Any(TimelineKind kind) => _running[(int)kind][^1] > 0;

    /// <summary>Whether any fact is in <paramref name="lane"/>.</summary>
    public bool Any(TimelineLane lane) => Count(lane, int.MinValue, int.MaxValue) > 0;

    private int Count(int key, int from, int to)
    {
        var running = _running[key];
        int At(int month) => running[(int)Math.Clamp((long)month - _first, 0, running.Length - 1)];
        return to <= from ? 0 : At(to) - At(from);
    }

    private static int SideKey(string? side) => Kinds + side switch { "a" => 0, "b" => 1, _ => 2 };
}
