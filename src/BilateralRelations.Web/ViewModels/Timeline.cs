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

public sealed class TimelineFilter
{
    /// <summary>Kinds of fact to show; none means all.</summary>
    public List<TimelineKind> Kind { get; set; } = [];

    [System.ComponentModel.DataAnnotations.MaxLength(100)]
    [System.ComponentModel.DataAnnotations.RegularExpression("^[a-z0-9-]+$", ErrorMessage = "country must be a country slug (lower-case letters, digits and hyphens, as in the country's page address).")]
    public string? Country { get; set; }

    [System.ComponentModel.DataAnnotations.MaxLength(100)]
    [System.ComponentModel.DataAnnotations.RegularExpression("^[a-z0-9-]+$", ErrorMessage = "relation must be a relation slug.")]
    public string? Relation { get; set; }

    public bool Shows(TimelineKind kind) => Kind.Count == 0 || Kind.Contains(kind);
}

/// <summary>One dated fact on the timeline; <see cref="Anchor"/> is its permalink fragment.</summary>
public sealed record TimelineItem(
    TimelineKind Kind,
    FuzzyDate Date,
    string Title,
    string? Detail,
    string Url,
    string Anchor,
    IReadOnlyList<CountryRef> Countries,
    SourceRef Source);

public sealed record TimelineYear(int Year, IReadOnlyList<TimelineItem> Items);

public sealed record TimelineViewModel(
    TimelineFilter Filter,
    IReadOnlyList<TimelineYear> Years,
    IReadOnlyList<int> Decades,
    IReadOnlyList<Option> Countries,
    IReadOnlyList<RelationLink> Relations,
    int Total);
