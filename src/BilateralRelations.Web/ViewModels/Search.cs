using System.ComponentModel.DataAnnotations;
using BilateralRelations.Core.Dates;
using Microsoft.AspNetCore.Mvc;

namespace BilateralRelations.Web.ViewModels;

/// <summary>The kinds of fact the search finds, in the order the results page shows them.</summary>
public enum SearchKind
{
    Visit,
    Person,
    Agreement,
    Mission,
    Ambassador,
    SisterCity,
    Membership,
    Event,
}

public static class SearchKinds
{
    public static IReadOnlyList<SearchKind> All { get; } = Enum.GetValues<SearchKind>();

    /// <summary>The kind as stored in the index and written in addresses: "visit", "sister-city".</summary>
    public static string Key(SearchKind kind) => kind switch
    {
        SearchKind.SisterCity => "sister-city",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static SearchKind? FromKey(string key) => All.Select(k => (SearchKind?)k).FirstOrDefault(k => Key(k!.Value) == key);

    /// <summary>"Visits", "Sister cities": a group's heading.</summary>
    public static string Plural(SearchKind kind) => kind switch
    {
        SearchKind.Visit => "Visits",
        SearchKind.Person => "People",
        SearchKind.Agreement => "Agreements",
        SearchKind.Mission => "Missions",
        SearchKind.Ambassador => "Ambassadors",
        SearchKind.SisterCity => "Sister cities",
        SearchKind.Membership => "Memberships",
        _ => "Events",
    };

    /// <summary>"1 visit", "7 visits", "1 person", "2 people".</summary>
    public static string Count(SearchKind kind, int count) => count == 1
        ? $"1 {kind switch { SearchKind.Person => "person", SearchKind.SisterCity => "pair of sister cities", _ => Plural(kind).ToLowerInvariant().TrimEnd('s') }}"
        : $"{count} {(kind == SearchKind.SisterCity ? "pairs of sister cities" : Plural(kind).ToLowerInvariant())}";
}

/// <summary>The search, bound from the query string: the words, and optionally one kind or one relation.</summary>
public sealed class SearchFilter
{
    /// <summary>Words to find, all of them, in any order; accents and case are ignored, and each word also finds longer words it begins.</summary>
    [MaxLength(200, ErrorMessage = "q must be at most 200 characters.")]
    [RegularExpression(@"^[^\p{Cc}]*$", ErrorMessage = "q must not hold control characters.")]
    public string? Q { get; set; }

    /// <summary>Only this kind of fact, all of its results: visit, person, agreement, mission, ambassador, sister-city, membership, event.</summary>
    [RegularExpression("^(?:visit|person|agreement|mission|ambassador|sister-city|membership|event)$",
        ErrorMessage = "kind must be one of visit, person, agreement, mission, ambassador, sister-city, membership, event.")]
    public string? Kind { get; set; }

    /// <summary>Only the facts of this relation (its slug, as in <c>/relations/{slug}</c>).</summary>
    [MaxLength(100)]
    [RegularExpression("^[a-z0-9-]+$", ErrorMessage = "relation must be a relation slug (lower-case letters, digits and hyphens, as in the page's address).")]
    public string? Relation { get; set; }
}

/// <summary>One fact found; a person (named on many lines, maybe of several relations) has no <see cref="Source"/> or <see cref="Relation"/>.</summary>
public sealed record SearchResult(
    SearchKind Kind,
    string Slug,
    string Title,
    string? Detail,
    FuzzyDate? Date,
    SourceRef? Source,
    RelationLink? Relation);

/// <summary>The best results of one kind, and how many there are in all.</summary>
public sealed record SearchGroup(SearchKind Kind, int Total, IReadOnlyList<SearchResult> Results)
{
    public string Label => SearchKinds.Plural(Kind);

    public string Anchor => SearchKinds.Key(Kind);

    public bool HasMore => Total > Results.Count;
}

/// <summary>
/// The search page: the words searched for, the groups that have results (empty when none matched), and a
/// <see cref="Hint"/> when there was nothing to search for.
/// </summary>
public sealed record SearchViewModel(
    SearchFilter Filter,
    IReadOnlyList<string> Words,
    bool Truncated,
    IReadOnlyList<SearchGroup> Groups,
    string? Hint,
    IReadOnlyList<RelationLink> Relations)
{
    public int Total => Groups.Sum(g => g.Total);

    public SearchKind? Kind => Filter.Kind is { } k ? SearchKinds.FromKey(k) : null;
}

/// <summary>Where a result and a group's "see all" lead, under the request's path base.</summary>
public static class SearchLinks
{
    /// <summary>
    /// The fact itself: a visit's or person's page, else its row or card (by its slug) on its kind's page of its
    /// relation. Written from the routes' paths, not routed: routing a link for each of a page's results was about a
    /// twentieth of the search page's CPU (a test follows each to its page).
    /// </summary>
    /// <param name="root">The request's path base (<see cref="TagHelpers.AppPath.Root"/>).</param>
    /// <param name="r">The result.</param>
    public static string Of(string root, SearchResult r)
    {
        // Slugs are URL-safe as made (lower-case letters, digits, hyphens), as in the other links written from data.
        var slug = r.Slug;
        var ofRelation = r.Relation is { } relation ? $"?relation={relation.Slug}" : "";
        return r.Kind switch
        {
            SearchKind.Visit => $"{root}/visits/{slug}",
            SearchKind.Person => $"{root}/people/{slug}",
            SearchKind.Agreement => $"{root}/agreements{ofRelation}#{slug}",
            SearchKind.Mission or SearchKind.Ambassador => $"{root}/missions{ofRelation}#{slug}",
            SearchKind.SisterCity => $"{root}/sister-cities{ofRelation}#{slug}",
            SearchKind.Membership => $"{root}/memberships{ofRelation}#{slug}",
            _ => $"{root}/timeline{ofRelation}#event-{slug}",
        };
    }

    /// <summary>Every result of a group: the visits list with the same words (its own filters combine), else this search for the one kind.</summary>
    public static string SeeAll(IUrlHelper url, SearchFilter filter, SearchKind kind) =>
        (kind == SearchKind.Visit
            ? url.Action("Index", "Visits", new { q = filter.Q, relation = filter.Relation })
            : url.Action("Index", "Search", new { q = filter.Q, kind = SearchKinds.Key(kind), relation = filter.Relation })) ?? "";
}
