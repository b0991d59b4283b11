using System.Globalization;
using BilateralRelations.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace BilateralRelations.Web.Controllers.Api;

/// <summary>A search's answer: the words searched for and, per kind of fact with results, its best results and total.</summary>
/// <param name="Q">The text searched, as given.</param>
/// <param name="Words">The words it was read as (each must match a word of the fact, or the start of one).</param>
/// <param name="Total">How many facts matched, of every kind.</param>
/// <param name="Groups">One entry per kind of fact with results, in a fixed order: visit, person, agreement, mission, ambassador, sister-city, membership, event.</param>
public sealed record ApiSearch(string? Q, IReadOnlyList<string> Words, int Total, IReadOnlyList<ApiSearchGroup> Groups)
{
    public static ApiSearch From(SearchViewModel model, IUrlHelper url) => new(model.Filter.Q, model.Words, model.Total,
        model.Groups.Select(g => new ApiSearchGroup(SearchKinds.Key(g.Kind), g.Total, g.HasMore ? SearchLinks.SeeAll(url, model.Filter, g.Kind) : null,
            g.Results.Select(r => ApiSearchResult.From(r, url.ActionContext.HttpContext)).ToList())).ToList());
}

/// <summary>The results of one kind of fact.</summary>
/// <param name="Kind">visit, person, agreement, mission, ambassador, sister-city, membership or event.</param>
/// <param name="Total">How many facts of this kind matched (more than listed when <c>seeAll</c> is set).</param>
/// <param name="SeeAll">The page listing all of them, when not all are listed here.</param>
/// <param name="Results">The best matches first.</param>
public sealed record ApiSearchGroup(string Kind, int Total, string? SeeAll, IReadOnlyList<ApiSearchResult> Results);

/// <summary>One fact found.</summary>
/// <param name="Kind">The kind of fact.</param>
/// <param name="Title">What names it: the visit's people, the agreement's title, the person's name…</param>
/// <param name="Detail">A short description (level and direction, parties, place…).</param>
/// <param name="StartDate">Its date's first day, YYYY-MM-DD, or null when it has none.</param>
/// <param name="EndDate">Its date's last day, YYYY-MM-DD, or null.</param>
/// <param name="Url">The fact on the site.</param>
/// <param name="Relation">The slug of the relation whose article tells of it (null for a person).</param>
/// <param name="SourceLine">The line of the article it was read from (null for a person).</param>
/// <param name="SourceText">That line as read (null for a person).</param>
public sealed record ApiSearchResult(string Kind, string Title, string? Detail, string? StartDate, string? EndDate, string Url, string? Relation, int? SourceLine, string? SourceText)
{
    public static ApiSearchResult From(SearchResult r, HttpContext context) => new(SearchKinds.Key(r.Kind), r.Title, r.Detail,
        r.Date is { } d ? Day(d.Start) : null, r.Date is { } e ? Day(e.End) : null, SearchLinks.Of(TagHelpers.AppPath.Root(context), r),
        r.Relation?.Slug, r.Source?.Line, r.Source?.Text);

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
