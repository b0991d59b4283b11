using System.ComponentModel.DataAnnotations;
using System.Globalization;
using BilateralRelations.Core.Dates;

namespace BilateralRelations.Web.ViewModels;

public enum TimelineKind
{
    Visit,
    Agreement,
    Embassy,
    Ambassador,
    Membership,
    Event,
}

/// <summary>A window of whole years, both ends inclusive; either end may be left open.</summary>
public class YearWindow : IValidatableObject
{
    /// <summary>Only facts that start in this year or later (1000–2999).</summary>
    [Year]
    public int? From { get; set; }

    /// <summary>Only facts that start in this year or earlier (1000–2999).</summary>
    [Year]
    public int? To { get; set; }

    /// <summary>Whether a fact starting on <paramref name="date"/> falls in the window.</summary>
    public bool Holds(FuzzyDate date) => (From is not { } from || date.Start.Year >= from) && (To is not { } to || date.Start.Year <= to);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (From is { } from && To is { } to && from > to)
        {
            yield return new ValidationResult($"from ({from}) must not be after to ({to}): the window runs from its first year to its last.", [nameof(From)]);
        }
    }
}

public sealed class TimelineFilter : YearWindow
{
    /// <summary>Kinds of fact to show; none means all.</summary>
    public List<TimelineKind> Kind { get; set; } = [];

    [MaxLength(100)]
    [RegularExpression("^[a-z0-9-]+$", ErrorMessage = "country must be a country slug (lower-case letters, digits and hyphens, as in the country's page address).")]
    public string? Country { get; set; }

    [MaxLength(100)]
    [RegularExpression("^[a-z0-9-]+$", ErrorMessage = "relation must be a relation slug.")]
    [Infrastructure.KnownRelation]
    public string? Relation { get; set; }

    /// <summary>The page of the list below the axis, from 1 (<see cref="PageSize"/> facts a page).</summary>
    [Range(1, 100_000, ErrorMessage = "page must be a page number from 1.")]
    public int Page { get; set; } = 1;

    /// <summary>Facts listed a page: with the axis, a page stays well under 1 MB whatever the corpus.</summary>
    public const int PageSize = 100;

    public bool Shows(TimelineKind kind) => Kind.Count == 0 || Kind.Contains(kind);

    /// <summary>Whether a filter other than the window narrows what is shown.</summary>
    public bool IsFiltered() => Kind.Count > 0 || Country is not null;

    /// <summary>A copy with <paramref name="change"/> applied, back on the first page unless the change sets one.</summary>
    public TimelineFilter With(Action<TimelineFilter> change)
    {
        var copy = (TimelineFilter)MemberwiseClone();
        copy.Kind = [.. Kind];
        copy.Page = 1;
        change(copy);
        return copy;
    }

    /// <summary>A copy showing the years <paramref name="from"/> to <paramref name="to"/> (null: the whole span).</summary>
    public TimelineFilter Zoomed(int? from, int? to) => With(f => (f.From, f.To) = (from, to));

    /// <summary>The filter as query parameters, kinds repeated, for links that keep it.</summary>
    public IEnumerable<KeyValuePair<string, string?>> ToQuery()
    {
        foreach (var kind in Kind.Distinct())
        {
            yield return new("kind", kind.ToString());
        }
        if (Country is not null)
        {
            yield return new("country", Country);
        }
        if (Relation is not null)
        {
            yield return new("relation", Relation);
        }
        if (From is { } from)
        {
            yield return new("from", from.ToString(CultureInfo.InvariantCulture));
        }
        if (To is { } to)
        {
            yield return new("to", to.ToString(CultureInfo.InvariantCulture));
        }
        if (Page > 1)
        {
            yield return new("page", Page.ToString(CultureInfo.InvariantCulture));
        }
    }
}

/// <summary>
/// One dated fact on the timeline; <see cref="Anchor"/> is its permalink fragment. <see cref="VisitingSide"/> is,
/// for a visit, the side ("a" or "b") of the visiting country in its relation, or null when the article does not say.
/// </summary>
public sealed record TimelineItem(
    TimelineKind Kind,
    FuzzyDate Date,
    string Title,
    string? Detail,
    string Url,
    string Anchor,
    IReadOnlyList<CountryRef> Countries,
    SourceRef Source,
    string? VisitingSide = null);

/// <summary>An entry of the list below the axis: a year and its facts, or a run of years without any.</summary>
public abstract record TimelineListEntry;

/// <summary>A year of the list: <see cref="Count"/> facts in all, <see cref="Continued"/> when some were on the page before.</summary>
public sealed record TimelineYear(int Year, int Count, IReadOnlyList<TimelineItem> Items, bool Continued) : TimelineListEntry;

public sealed record TimelineGap(int From, int To) : TimelineListEntry
{
    public string Years => From == To ? $"in {From}" : $"{From}–{To}";
}

/// <summary>A zoom link: a window of years, and whether it is the one shown.</summary>
public sealed record TimelineZoom(string Label, int From, int To, bool Current);

public sealed record TimelineViewModel(
    TimelineFilter Filter,
    TimelineAxis? Axis,
    TimelineOverview? Overview,
    IReadOnlyList<TimelineZoom> Centuries,
    IReadOnlyList<TimelineZoom> Decades,
    TimelineZoom? Whole,
    TimelineZoom? Previous,
    TimelineZoom? Next,
    TimelineZoom? ZoomOut,
    IReadOnlyList<TimelineListEntry> List,
    int Total,
    int InWindow,
    int Pages,
    IReadOnlyList<Option> Countries,
    IReadOnlyList<RelationLink> Relations)
{
    public IEnumerable<TimelineYear> Years => List.OfType<TimelineYear>();

    /// <summary>The years of a window of a decade or so that hold facts, each a link to zoom into.</summary>
    public IReadOnlyList<int> YearsInWindow { get; init; } = [];

    /// <summary>The decades of the years listed on this page, for the jump bar.</summary>
    public IReadOnlyList<int> JumpDecades => Years.Select(y => y.Year / 10 * 10).Distinct().ToList();

    public int FirstOnPage => (Filter.Page - 1) * TimelineFilter.PageSize + 1;

    public int LastOnPage => Math.Min(InWindow, Filter.Page * TimelineFilter.PageSize);
}
