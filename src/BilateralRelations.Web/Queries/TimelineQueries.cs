using BilateralRelations.Core.Dates;
using BilateralRelations.Web.ViewModels;

namespace BilateralRelations.Web.Queries;

/// <summary>Every dated fact in one list, in date order, from the same queries the list pages use.</summary>
public sealed class TimelineQueries(VisitQueries visits, FactListQueries facts)
{
    public async Task<TimelineViewModel> GetAsync(TimelineFilter filter, CancellationToken ct)
    {
        var all = await ItemsAsync(filter.Relation, ct);
        var countries = all.SelectMany(i => i.Countries).DistinctBy(c => c.Slug).OrderBy(c => c.Name).Select(c => new Option(c.Slug, c.Name)).ToList();
        var shown = all
            .Where(i => filter.Shows(i.Kind))
            .Where(i => filter.Country is null || i.Countries.Any(c => c.Slug == filter.Country))
            .ToList();
        var years = shown.GroupBy(i => i.Date.Start.Year).OrderBy(g => g.Key).Select(g => new TimelineYear(g.Key, g.ToList())).ToList();
        var decades = years.Select(y => y.Year / 10 * 10).Distinct().ToList();
        return new TimelineViewModel(filter, years, decades, countries, await facts.RelationsAsync(ct), shown.Count);
    }

    public async Task<IReadOnlyList<TimelineItem>> ItemsAsync(string? relation, CancellationToken ct)
    {
        var items = new List<TimelineItem>();
        foreach (var v in await visits.SearchAsync(new VisitFilter { Relation = relation }, ct))
        {
            var who = string.Join(", ", v.People.Select(p => p.Name));
            var direction = v.Visiting is not null && v.Host is not null ? $"{v.Visiting.Name} → {v.Host.Name}" : "countries not stated";
            items.Add(new TimelineItem(TimelineKind.Visit, v.Date, $"Visit: {who}", $"{v.Level} · {direction}",
                $"/visits/{v.Slug}", $"visit-{v.Slug}", Countries(v.Visiting, v.Host), v.Source));
        }
        foreach (var a in await facts.AgreementsAsync(relation, null, ct))
        {
            if (a.Date is { } date)
            {
                items.Add(new TimelineItem(TimelineKind.Agreement, date, a.Title, "Agreement signed", $"/agreements#{a.Slug}", $"agreement-{a.Slug}", a.Parties, a.Source));
            }
        }
        foreach (var m in await facts.MissionsAsync(relation, null, null, ct))
        {
            var place = m.City is null ? m.Host.Name : $"{m.City}, {m.Host.Name}";
            if (m.Opened is { } opened)
            {
                items.Add(new TimelineItem(TimelineKind.Embassy, opened, $"{m.KindLabel} of {m.Sending.Name} opened in {place}", null,
                    $"/missions#{m.Slug}", $"mission-{m.Slug}", [m.Sending, m.Host], m.OpenedSource ?? m.Source));
            }
            foreach (var a in m.Ambassadors.Where(a => a.Since is not null))
            {
                items.Add(new TimelineItem(TimelineKind.Ambassador, a.Since!.Value, $"{a.Name}, ambassador of {m.Sending.Name} to {m.Host.Name}", "In office since this date",
                    $"/missions#{m.Slug}", $"ambassador-{m.Slug}-{Core.Text.Slug.From(a.Name)}", [m.Sending, m.Host], a.Source));
            }
        }
        foreach (var m in await facts.MembershipsAsync(relation, null, ct))
        {
            if (m.Since is { } since)
            {
                items.Add(new TimelineItem(TimelineKind.Membership, since, $"{m.Country.Name}: {m.Status.ToString().ToLowerInvariant()} of {m.Organisation}", null,
                    $"/memberships#{m.Slug}", $"membership-{m.Slug}", [m.Country], m.Source));
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
