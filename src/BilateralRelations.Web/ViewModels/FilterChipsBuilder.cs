using System.Globalization;
using BilateralRelations.Core.Extraction.Visits;
using Microsoft.AspNetCore.WebUtilities;

namespace BilateralRelations.Web.ViewModels;

/// <summary>
/// Builds the chips of a list page's active filters from its query values: each chip names its filter in words and
/// links to the same address without it (and back to the first page). Every list page uses this, not its own copy.
/// </summary>
public sealed class FilterChipsBuilder(IReadOnlyDictionary<string, string> values, Func<IReadOnlyDictionary<string, string>, string> urlOf)
{
    private readonly List<FilterChip> _chips = [];

    /// <summary>A chip for <paramref name="key"/> when it is set, its value shown as <paramref name="describe"/> says.</summary>
    public FilterChipsBuilder Add(string key, string name, Func<string, string>? describe = null)
    {
        if (values.TryGetValue(key, out var value) && value.Length > 0)
        {
            var rest = values.Where(kv => kv.Key != key && kv.Key != "page").ToDictionary(kv => kv.Key, kv => kv.Value);
            _chips.Add(new FilterChip(name, describe is null ? value : describe(value), urlOf(rest)));
        }
        return this;
    }

    public FilterChipsViewModel Build(string clearUrl) => new(_chips, clearUrl);

    /// <summary><paramref name="path"/> with <paramref name="query"/> as its query string.</summary>
    public static string Url(string path, IReadOnlyDictionary<string, string> query) =>
        QueryHelpers.AddQueryString(path, query.Select(kv => new KeyValuePair<string, string?>(kv.Key, kv.Value)));

    /// <summary>
    /// The chips of <c>/visits</c> (or <c>/visits/2013</c>, whose year stays in the path while it applies), their links
    /// under <paramref name="root"/>, the request's path base.
    /// </summary>
    public static FilterChipsViewModel ForVisits(VisitListViewModel model, string requestPath, string root)
    {
        var yearInPath = requestPath.StartsWith("/visits/", StringComparison.Ordinal);
        string UrlOf(IReadOnlyDictionary<string, string> query)
        {
            if (yearInPath && query.TryGetValue("year", out var year))
            {
                return Url($"{root}/visits/{year}", query.Where(kv => kv.Key != "year").ToDictionary(kv => kv.Key, kv => kv.Value));
            }
            return Url(root + "/visits", query);
        }
        string Of(IReadOnlyList<Option> options, string value) => options.FirstOrDefault(o => o.Value == value)?.Label ?? value;
        return new FilterChipsBuilder(model.Filter.ToRouteValues(), UrlOf)
            .Add("relation", "Relation", slug => RelationTitle(model.Relations, slug))
            .Add("year", "Year")
            .Add("country", "Country", slug => Of(model.Countries, slug))
            .Add("visiting", "Visiting country", slug => Of(model.Countries, slug))
            .Add("host", "Host country", slug => Of(model.Countries, slug))
            .Add("level", "Level", slug => VisitTiers.FromSlug(slug) is { } tier ? VisitTiers.Label(tier) : slug)
            .Add("person", "Person", slug => Of(model.People, slug))
            .Add("q", "Text", text => $"“{text}”")
            .Build(root + "/visits");
    }

    /// <summary>The chip of a list page narrowed to one relation (agreements, missions, sister cities, memberships); <paramref name="path"/> with the path base.</summary>
    public static FilterChipsViewModel ForRelation(string path, string? relation, IReadOnlyList<RelationLink> relations)
    {
        var values = relation is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["relation"] = relation };
        return new FilterChipsBuilder(values, query => Url(path, query))
            .Add("relation", "Relation", slug => RelationTitle(relations, slug))
            .Build(path);
    }

    /// <summary>The chips of the timeline: its relation, country, each kind shown and the years of its window.</summary>
    public static FilterChipsViewModel ForTimeline(TimelineViewModel model, Func<TimelineFilter, string> linkOf)
    {
        var f = model.Filter;
        var chips = new List<FilterChip>();
        if (f.Relation is { } relation)
        {
            chips.Add(new("Relation", RelationTitle(model.Relations, relation), linkOf(f.With(x => x.Relation = null))));
        }
        if (f.Country is { } country)
        {
            chips.Add(new("Country", model.Countries.FirstOrDefault(o => o.Value == country)?.Label ?? country, linkOf(f.With(x => x.Country = null))));
        }
        foreach (var kind in f.Kind.Distinct().Order()) // in the legend's order, whatever the address's
        {
            chips.Add(new("Showing", Labels.Of(kind), linkOf(f.With(x => x.Kind.Remove(kind)))));
        }
        if (f.From is not null || f.To is not null)
        {
            var years = (f.From, f.To) switch
            {
                ({ } from, { } to) when from == to => $"{from}",
                ({ } from, { } to) => $"{from}–{to}",
                ({ } from, null) => $"from {from}",
                _ => $"to {f.To}",
            };
            chips.Add(new("Years", years, linkOf(f.Zoomed(null, null))));
        }
        return new FilterChipsViewModel(chips, linkOf(new TimelineFilter()));
    }

    /// <summary>"Azerbaijan–Hungary" for the relation "Azerbaijan–Hungary relations": the chip already says "Relation".</summary>
    public static string RelationTitle(IReadOnlyList<RelationLink> relations, string slug) =>
        relations.FirstOrDefault(r => r.Slug == slug) is { } r
            ? (r.Title.EndsWith(" relations", StringComparison.Ordinal) ? r.Title[..^" relations".Length] : r.Title)
            : slug;
}
