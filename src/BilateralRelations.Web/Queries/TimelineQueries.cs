using BilateralRelations.Web.ViewModels;

namespace BilateralRelations.Web.Queries;

/// <summary>
/// The timeline: every dated fact in one list, in date order. Order, counts and filters come from the
/// <see cref="TimelineIndex"/>; only the facts a page shows are read with their texts, so a page costs the same
/// whatever the size of the corpus.
/// </summary>
public sealed class TimelineQueries(TimelineIndex index, TimelineDetails details)
{
    public async Task<TimelineViewModel> GetAsync(TimelineFilter filter, CancellationToken ct)
    {
        var facts = await index.GetAsync(ct);
        var relations = facts.RelationList;
        var all = Of(facts, filter.Relation);
        var countries = filter.Relation is null ? facts.CountryOptions : TimelineFacts.CountryOptionsOf(all, facts.Countries);
        var country = filter.Country is { } slug ? facts.CountryId(slug) : (int?)null;
        // Unfiltered, the corpus's own array: no copy of tens of thousands of entries per request.
        var shown = !filter.IsFiltered() ? all : all
            .Where(e => filter.Shows(e.Kind))
            .Where(e => country is not { } id || e.Countries.Contains(id))
            .ToArray();
        if (shown.Length == 0)
        {
            return new TimelineViewModel(filter, null, null, [], [], null, null, null, null, [], 0, 0, 1, countries, relations);
        }

        // The span of every fact the filters show; the window is the part of it drawn and listed, all of it unless zoomed.
        var (spanFrom, spanTo) = (shown[0].Year, shown[^1].Year);
        var from = filter.From ?? Math.Min(spanFrom, filter.To ?? spanFrom);
        var to = filter.To ?? Math.Max(spanTo, from);
        var length = to - from + 1;
        var inWindow = Window(shown, from, to);
        // The whole corpus's counts serve any filter of kinds (each kind counted apart); one relation or country counts its own few facts.
        var months = filter.Relation is null && country is null ? facts.Months : new MonthHistogram(shown);

        // Marks need every fact of the window with its text; past the mark limit only this page's are read.
        var pages = Math.Max(1, (inWindow.Count + TimelineFilter.PageSize - 1) / TimelineFilter.PageSize);
        var skip = (filter.Page - 1) * TimelineFilter.PageSize;
        var onPage = inWindow.Skip(skip).Take(TimelineFilter.PageSize).ToList();
        var marks = inWindow.Count <= TimelineLayout.MarkLimit ? await details.LoadAsync(inWindow, facts, ct) : [];
        var listed = marks.Count > 0 ? marks.Skip(skip).Take(TimelineFilter.PageSize).ToList() : await details.LoadAsync(onPage, facts, ct);

        // Visits split by direction when one relation is in view: "A → B" means the same on every row.
        var relation = filter.Relation is { } r ? relations.FirstOrDefault(x => x.Slug == r) : relations.Count == 1 ? relations[0] : null;
        var lanes = Lanes(months, filter, relation);
        var axis = TimelineLayout.Axis(from, to, lanes, inWindow.Count, months, marks);
        var overview = TimelineLayout.Overview(Math.Min(spanFrom, from), Math.Max(spanTo, to), from, to, months, lanes.Select(l => l.Kind).Distinct().ToList());

        // Decades to zoom into; past 15 of them, centuries, and the decades of the centuries the window is in.
        var years = DistinctYears(shown);
        var decadeStarts = years.Select(y => y / 10 * 10).Distinct().Order().ToList();
        List<TimelineZoom> centuries = [];
        if (decadeStarts.Count > 15)
        {
            centuries = years.Select(y => y / 100 * 100).Distinct().Order()
                .Select(c => new TimelineZoom($"{c}–{c + 99}", c, c + 99, from == c && to == c + 99)).ToList();
            decadeStarts = length <= 100 ? decadeStarts.Where(d => d >= from / 100 * 100 && d <= to / 100 * 100 + 99).ToList() : [];
        }
        var decades = decadeStarts.Select(d => new TimelineZoom($"{d}s", d, d + 9, from == d && to == d + 9)).ToList();
        var whole = new TimelineZoom(spanFrom == spanTo ? $"{spanFrom}" : $"{spanFrom}–{spanTo}", spanFrom, spanTo, from == spanFrom && to == spanTo);
        var previous = from > spanFrom ? Zoom(from - length, from - 1) : null;
        var next = to < spanTo ? Zoom(to + 1, to + length) : null;
        var zoomOut = from > spanFrom || to < spanTo ? Zoom(Math.Max(spanFrom, from - length), Math.Min(spanTo, to + length)) : null;

        return new TimelineViewModel(filter, axis, overview, centuries, decades, whole, previous, next, zoomOut, List(inWindow, listed, filter.Page, pages, from, to),
            shown.Length, inWindow.Count, pages, countries, relations)
        {
            YearsInWindow = length <= 12 ? DistinctYears(inWindow) : [],
        };
    }

    /// <summary>The dated facts of one relation or all, those starting in <paramref name="window"/>, from index <paramref name="skip"/>, at most <paramref name="take"/>; and how many there are.</summary>
    public async Task<(int Total, List<TimelineItem> Items)> PageAsync(string? relation, YearWindow window, int skip, int take, CancellationToken ct)
    {
        var facts = await index.GetAsync(ct);
        var matching = Window(Of(facts, relation), window.From ?? int.MinValue, window.To ?? int.MaxValue - 1);
        return (matching.Count, await details.LoadAsync(matching.Skip(skip).Take(take).ToList(), facts, ct));
    }

    /// <summary>The facts of the relation <paramref name="slug"/>, or every fact.</summary>
    private static TimelineEntry[] Of(TimelineFacts facts, string? slug) => slug is null ? facts.Entries : facts.EntriesOf(slug);

    /// <summary>The entries starting in the years <paramref name="from"/>–<paramref name="to"/>: a slice, since they are in date order.</summary>
    private static ArraySegment<TimelineEntry> Window(TimelineEntry[] shown, int from, int to)
    {
        var first = FirstFrom(shown, from);
        return new ArraySegment<TimelineEntry>(shown, first, Math.Max(first, FirstFrom(shown, to + 1)) - first);
    }

    /// <summary>The index of the first entry starting in <paramref name="year"/> or later (binary search).</summary>
    private static int FirstFrom(IReadOnlyList<TimelineEntry> entries, int year)
    {
        var (low, high) = (0, entries.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = entries[middle].Year < year ? (middle + 1, high) : (low, middle);
        }
        return low;
    }

    /// <summary>The years of <paramref name="sorted"/>, each once: a binary search per year, not a look at every entry.</summary>
    private static List<int> DistinctYears(IReadOnlyList<TimelineEntry> sorted)
    {
        var years = new List<int>();
        for (var i = 0; i < sorted.Count; i = FirstFrom(sorted, sorted[i].Year + 1))
        {
            years.Add(sorted[i].Year);
        }
        return years;
    }

    /// <summary>How many of <paramref name="sorted"/> start in <paramref name="year"/>.</summary>
    private static int CountIn(IReadOnlyList<TimelineEntry> sorted, int year) => FirstFrom(sorted, year + 1) - FirstFrom(sorted, year);

    private static TimelineZoom Zoom(int from, int to) => new(from == to ? $"{from}" : $"{from}–{to}", from, to, false);

    /// <summary>One page of the window's facts by year, with the runs of years holding none said aloud.</summary>
    private static List<TimelineListEntry> List(IReadOnlyList<TimelineEntry> inWindow, List<TimelineItem> onPage, int page, int pages, int from, int to)
    {
        var skip = (page - 1) * TimelineFilter.PageSize;
        var entries = new List<TimelineListEntry>();
        int? previous = page == 1 ? from - 1 : null;
        foreach (var year in onPage.GroupBy(i => i.Date.Start.Year))
        {
            if (previous is { } p && year.Key - p > 1)
            {
                entries.Add(new TimelineGap(p + 1, year.Key - 1));
            }
            var continued = skip > 0 && year.Key == inWindow[skip - 1].Year;
            entries.Add(new TimelineYear(year.Key, CountIn(inWindow, year.Key), year.ToList(), continued));
            previous = year.Key;
        }
        if (page == pages && previous is { } last && last < to)
        {
            entries.Add(new TimelineGap(last + 1, to));
        }
        return entries;
    }

    /// <summary>A lane per kind of fact the filters show; visits a lane per direction when <paramref name="relation"/> is known.</summary>
    private static List<TimelineLane> Lanes(MonthHistogram shown, TimelineFilter filter, RelationLink? relation)
    {
        var lanes = new List<TimelineLane>();
        foreach (var kind in Enum.GetValues<TimelineKind>().Where(k => filter.Shows(k) && shown.Any(k)))
        {
            if (kind == TimelineKind.Visit && relation is not null)
            {
                var (a, b) = (relation.CountryA.Name, relation.CountryB.Name);
                lanes.AddRange(new TimelineLane[]
                {
                    new("visit-a", $"Visits {a} → {b}", kind, BySide: true, Side: "a"),
                    new("visit-b", $"Visits {b} → {a}", kind, BySide: true, Side: "b"),
                    new("visit-none", "Visits, direction not stated", kind, BySide: true, Side: null),
                }.Where(shown.Any));
            }
            else
            {
                lanes.Add(new(kind.ToString().ToLowerInvariant(), Labels.Of(kind), kind));
            }
        }
        return lanes;
    }
}
