using System.ComponentModel.DataAnnotations;
using BilateralRelations.Core.Dates;
using BilateralRelations.Core.Extraction.Visits;
using BilateralRelations.Core.Facts;

namespace BilateralRelations.Web.ViewModels;

public enum SortOrder
{
    Asc,
    Desc,
}

/// <summary>The visit filters, bound from the query string; every one combines with the others.</summary>
public sealed class VisitFilter
{
    /// <summary>Visits that start in this year (1000–2999).</summary>
    [Year]
    public int? Year { get; set; }

    /// <summary>Either side: visits made or received by this country (slug), and its relations' visits whose direction is not stated.</summary>
    [MaxLength(100)]
    [RegularExpression("^[a-z0-9-]+$", ErrorMessage = "country must be a country slug (lower-case letters, digits and hyphens, as in the country's page address).")]
    public string? Country { get; set; }

    /// <summary>Visits made by this country (slug, as in <c>/countries/{slug}</c>).</summary>
    [MaxLength(100)]
    [RegularExpression("^[a-z0-9-]+$", ErrorMessage = "visiting must be a country slug (lower-case letters, digits and hyphens, as in the country's page address).")]
    public string? Visiting { get; set; }

    /// <summary>Visits received by this country (slug).</summary>
    [MaxLength(100)]
    [RegularExpression("^[a-z0-9-]+$", ErrorMessage = "host must be a country slug (lower-case letters, digits and hyphens, as in the country's page address).")]
    public string? Host { get; set; }

    /// <summary>The canonical level (slug): heads-of-state, heads-of-government, parliament, ministers, other-officials.</summary>
    [RegularExpression("^(?:heads-of-state|heads-of-government|parliament|ministers|other-officials)$",
        ErrorMessage = "level must be one of heads-of-state, heads-of-government, parliament, ministers, other-officials.")]
    public string? Level { get; set; }

    /// <summary>Visits this person took part in (slug, as in <c>/people/{slug}</c>).</summary>
    [MaxLength(100)]
    [RegularExpression("^[a-z0-9-]+$", ErrorMessage = "person must be a person slug (lower-case letters, digits and hyphens, as in the person's page address).")]
    public string? Person { get; set; }

    /// <summary>Text to find in the visit's line of the article, its people's names (accents optional) or its list heading.</summary>
    [MaxLength(200, ErrorMessage = "q must be at most 200 characters.")]
    [RegularExpression(@"^[^\p{Cc}]*$", ErrorMessage = "q must not hold control characters.")]
    public string? Q { get; set; }

    /// <summary>Only the visits of this relation (its slug, as in <c>/relations/{slug}</c>).</summary>
    [MaxLength(100)]
    [RegularExpression("^[a-z0-9-]+$", ErrorMessage = "relation must be a relation slug.")]
    [Infrastructure.KnownRelation]
    public string? Relation { get; set; }

    /// <summary>Date order: asc (oldest first, the default) or desc.</summary>
    public SortOrder Sort { get; set; } = SortOrder.Asc;

    /// <summary>The page of the list, from 1: pages show 100 rows at a time (the API and the CSV give every row).</summary>
    [Range(1, 100_000, ErrorMessage = "page must be a page number from 1.")]
    public int Page { get; set; } = 1;

    public const int PageSize = 100;

    /// <summary>Whether no filter is set (a method, not a property: it is no query parameter).</summary>
    public bool IsEmpty() => Year is null && Country is null && Visiting is null && Host is null && Level is null && Person is null
        && string.IsNullOrWhiteSpace(Q) && Relation is null;

    /// <summary>A copy with <paramref name="change"/> applied, back on the first page unless the change sets one.</summary>
    public VisitFilter With(Action<VisitFilter> change)
    {
        var copy = (VisitFilter)MemberwiseClone();
        copy.Page = 1;
        change(copy);
        return copy;
    }

    /// <summary>The filter as route values, for links that keep it (CSV, sort, previous/next year).</summary>
    public Dictionary<string, string> ToRouteValues()
    {
        var values = new Dictionary<string, string>();
        void Add(string key, object? value)
        {
            if (value is not null && value.ToString() is { Length: > 0 } s)
            {
                values[key] = s;
            }
        }
        Add("year", Year);
        Add("country", Country);
        Add("visiting", Visiting);
        Add("host", Host);
        Add("level", Level);
        Add("person", Person);
        Add("q", Q);
        Add("relation", Relation);
        if (Sort == SortOrder.Desc)
        {
            values["sort"] = "desc";
        }
        if (Page > 1)
        {
            values["page"] = Page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return values;
    }
}

public sealed record VisitRow(
    string Slug,
    FuzzyDate Date,
    IReadOnlyList<PersonLink> People,
    CountryRef? Visiting,
    CountryRef? Host,
    string? LevelHeading,
    VisitTier Tier,
    VisitKind Kind,
    string? Purpose,
    string Description,
    SourceRef Source,
    RelationLink Relation)
{
    /// <summary>The canonical level for people: "Heads of state".</summary>
    public string Level => VisitTiers.Label(Tier);

    /// <summary>The visiting country between the relation's two countries (<see cref="VisitSides"/>).</summary>
    public CountryRef? VisitorInRelation => Sides.Visitor;

    /// <summary>The host country between the relation's two countries (<see cref="VisitSides"/>).</summary>
    public CountryRef? HostInRelation => Sides.Host;

    private (CountryRef? Visitor, CountryRef? Host) Sides => VisitSides.Of(Visiting, Host, Relation.CountryA, Relation.CountryB);
}

/// <summary>
/// Who went where between a relation's two countries: the side the article states, and the other side as the
/// relation's other country (a visit to Georgia in the Georgia–Poland relation is one from Poland). Every count of
/// visits made, received or of unstated direction goes through this one rule, so pages never disagree.
/// </summary>
public static class VisitSides
{
    /// <summary>By country id (the database's rows).</summary>
    public static (int? Visitor, int? Host) Of(int? visiting, int? host, int a, int b) =>
        (visiting ?? (host == a ? b : host == b ? a : null), host ?? (visiting == a ? b : visiting == b ? a : null));

    /// <summary>By country (a page's rows): the same rule, countries compared by slug.</summary>
    public static (CountryRef? Visitor, CountryRef? Host) Of(CountryRef? visiting, CountryRef? host, CountryRef a, CountryRef b) =>
        (visiting ?? OtherSide(host, a, b), host ?? OtherSide(visiting, a, b));

    private static CountryRef? OtherSide(CountryRef? country, CountryRef a, CountryRef b) =>
        country?.Slug == a.Slug ? b : country?.Slug == b.Slug ? a : null;
}

public sealed record Option(string Value, string Label);

public sealed record VisitListViewModel(
    VisitFilter Filter,
    IReadOnlyList<VisitRow> Visits,
    int Total,
    int? PreviousYear,
    int? NextYear,
    IReadOnlyList<Option> Levels,
    IReadOnlyList<Option> Countries,
    IReadOnlyList<Option> People,
    string Summary,
    IReadOnlyList<RelationLink> Relations);
