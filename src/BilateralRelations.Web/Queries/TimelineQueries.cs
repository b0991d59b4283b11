using BilateralRelations.Core.Dates;
using BilateralRelations.Web.ViewModels;

namespace BilateralRelations.Web.Queries;

/// <summary>Every dated fact in one list, in date order, from the same queries the list pages use.</summary>
public sealed class TimelineQueries(VisitQueries visits, FactListQueries facts)
{
    public async Task<TimelineViewModel> GetAsync(TimelineFilter filter, CancellationToken ct)
    {
        var all = await ItemsAsync(filter.Relation, ct);
        var relations = await facts.RelationsAsync(ct);
        var countries = all.SelectMany(i => i.Countries).DistinctBy(c => c.Slug).OrderBy(c => c.Name).Select(c => new Option(c.Slug, c.Name)).ToList();
        var shown = all
            .Where(i => filter.Shows(i.Kind))
            .Where(i => filter.Country is null || i.Countries.Any(c => c.Slug == filter.Country))
            .ToList();
        if (shown.Count == 0)
        {
            return new TimelineViewModel(filter, null, null, [], [], null, null, null, null, [], 0, 0, 1, countries, relations);
        }

        // The span of every fact the filters show; the window is the part of it drawn and listed, all of it unless zoomed.
        var (spanFrom, spanTo) = (shown.Min(i => i.Date.Start.Year), shown.Max(i => i.Date.Start.Year));
        var from = filter.From ?? Math.Min(spanFrom, filter.To ?? spanFrom);
        var to = filter.To ?? Math.Max(spanTo, from);
        var length = to - from + 1;
        var inWindow = shown.Where(i => i.Date.Start.Year >= from && i.Date.Start.Year <= to).ToList();

        // Visits split by direction when one relation is in view: "A → B" means the same on every row.
        var relation = filter.Relation is { } slug ? relations.FirstOrDefault(r => r.Slug == slug) : relations.Count == 1 ? relations[0] : null;
        var axis = TimelineLayout.Axis(from, to, Lanes(shown, relation), inWindow);
        var overview = TimelineLayout.Overview(Math.Min(spanFrom, from), Math.Max(spanTo, to), from, to, shown);

        // Decades to zoom into; past 15 of them, centuries, and the decades of the centuries the window is in.
        var years = shown.Select(i => i.Date.Start.Year).Distinct().ToList();
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

        var pages = Math.Max(1, (inWindow.Count + TimelineFilter.PageSize - 1) / TimelineFilter.PageSize);
        return new TimelineViewModel(filter, axis, overview, centuries, decades, whole, previous, next, zoomOut, List(inWindow, filter.Page, pages, from, to),
            shown.Count, inWindow.Count, pages, countries, relations)
        {
            YearsInWindow = length <= 12 ? inWindow.Select(i => i.Date.Start.Year).Distinct().ToList() : [],
        };
    }

    private static TimelineZoom Zoom(int from, int to) => new(from == to ? $"{from}" : $"{from}–{to}", from, to, false);

    /// <summary>One page of the window's facts by year, with the runs of years holding none said aloud.</summary>
    private static List<TimelineListEntry> List(List<TimelineItem> inWindow, int page, int pages, int from, int to)
    {
        var skip = (page - 1) * TimelineFilter.PageSize;
        var onPage = inWindow.Skip(skip).Take(TimelineFilter.PageSize).ToList();
        var perYear = inWindow.CountBy(i => i.Date.Start.Year).ToDictionary();
        var entries = new List<TimelineListEntry>();
        int? previous = page == 1 ? from - 1 : null;
        foreach (var year in onPage.GroupBy(i => i.Date.Start.Year))
        {
            if (previous is { } p && year.Key - p > 1)
            {
                entries.Add(new TimelineGap(p + 1, year.Key - 1));
            }
            var continued = skip > 0 && year.Key == inWindow[skip - 1].Date.Start.Year;
            entries.Add(new TimelineYear(year.Key, perYear[year.Key], year.ToList(), continued));
            previous = year.Key;
        }
        if (page == pages && previous is { } last && last < to)
        {
            entries.Add(new TimelineGap(last + 1, to));
        }
        return entries;
    }

    /// <summary>A lane per kind of fact the filters show; visits a lane per direction when <paramref name="relation"/> is known.</summary>
    private static List<TimelineLane> Lanes(List<TimelineItem> shown, RelationLink? relation)
    {
        var lanes = new List<TimelineLane>();
        foreach (var kind in Enum.GetValues<TimelineKind>().Where(k => shown.Any(i => i.Kind == k)))
        {
            if (kind == TimelineKind.Visit && relation is not null)
            {
                var (a, b) = (relation.CountryA.Name, relation.CountryB.Name);
                lanes.AddRange(new TimelineLane[]
                {
                    new("visit-a", $"Visits {a} → {b}", i => i.Kind == kind && i.VisitingSide == "a"),
                    new("visit-b", $"Visits {b} → {a}", i => i.Kind == kind && i.VisitingSide == "b"),
                    new("visit-none", "Visits, direction not stated", i => i.Kind == kind && i.VisitingSide is null),
                }.Where(l => shown.Any(l.Holds)));
            }
            else
            {
                lanes.Add(new(kind.ToString().ToLowerInvariant(), Labels.Of(kind), i => i.Kind == kind));
            }
        }
        return lanes;
    }

    public async Task<IReadOnlyList<TimelineItem>> ItemsAsync(string? relation, CancellationToken ct)
    {
        var items = new List<TimelineItem>();
        foreach (var v in await visits.SearchAsync(new VisitFilter { Relation = relation }, ct))
        {
            var who = string.Join(", ", v.People.Select(p => p.Name));
            var direction = Labels.Direction(v.Visiting?.Name, v.Host?.Name);
            items.Add(new TimelineItem(TimelineKind.Visit, v.Date, $"Visit: {who}", $"{v.Level} · {direction}",
                $"/visits/{v.Slug}", $"visit-{v.Slug}", Countries(v.Visiting, v.Host), v.Source, v.Visiting?.Side is "a" or "b" ? v.Visiting.Side : null));
        }
        foreach (var a in await facts.AgreementsAsync(relation, null, ct))
        {
            if (a.Date is { } date)
            {
                items.Add(new TimelineItem(TimelineKind.Agreement, date, a.Title, "Agreement signed", $"/agreements?relation={a.Relation.Slug}#{a.Slug}", $"agreement-{a.Slug}", a.Parties, a.Source));
            }
        }
        foreach (var m in await facts.MissionsAsync(relation, null, null, ct))
        {
            var place = m.City is null ? m.Host.Name : $"{m.City}, {m.Host.Name}";
            if (m.Opened is { } opened)
            {
                items.Add(new TimelineItem(TimelineKind.Embassy, opened, $"{m.KindLabel} of {m.Sending.Name} opened in {place}", null,
                    $"/missions?relation={m.Relation.Slug}#{m.Slug}", $"mission-{m.Slug}", [m.Sending, m.Host], m.OpenedSource ?? m.Source));
            }
            foreach (var a in m.Ambassadors.Where(a => a.Since is not null))
            {
                items.Add(new TimelineItem(TimelineKind.Ambassador, a.Since!.Value, $"{a.Name}, ambassador of {m.Sending.Name} to {m.Host.Name}", "In office since this date",
                    $"/missions?relation={m.Relation.Slug}#{m.Slug}", $"ambassador-{m.Slug}-{Core.Text.Slug.From(a.Name)}", [m.Sending, m.Host], a.Source));
            }
        }
        foreach (var m in await facts.MembershipsAsync(relation, null, ct))
        {
            if (m.Since is { } since)
            {
                items.Add(new TimelineItem(TimelineKind.Membership, since, $"{m.Country.Name}: {m.Status.ToString().ToLowerInvariant()} of {m.Organisation}", null,
                    $"/memberships?relation={m.Relation.Slug}#{m.Slug}", $"membership-{m.Slug}", [m.Country], m.Source));
            }
        }
        foreach (var e in await facts.EventsAsync(relation, null, ct))
        {
            items.Add(new TimelineItem(TimelineKind.Event, e.Date, e.Title, Labels.Of(e.Kind), $"/timeline#event-{e.Slug}", $"event-{e.Slug}",
                [e.Relation.CountryA, e.Relation.CountryB], e.Source));
        }
        // Date order; a precise date before a vaguer one that starts the same day ("1 June 2013" before "June 2013").
        return items.OrderBy(i => i.Date.Start).ThenBy(i => i.Date.Precision).ThenBy(i => i.Date.End).ThenBy(i => i.Source.Line).ToList();
    }

    private static List<CountryRef> Countries(params CountryRef?[] countries) => countries.OfType<CountryRef>().ToList();
}
