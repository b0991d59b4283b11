using System.ComponentModel.DataAnnotations;
using BilateralRelations.Web.Infrastructure;
namespace BilateralRelations.Web.ViewModels;

/// <summary>The columns the relations index sorts by.</summary>
public enum RelationSort
{
    Name,
    Visits,
    Latest,
}

/// <summary>The relations index's order, from the query string: <c>/relations?sort=visits&amp;order=desc</c>.</summary>
public sealed class RelationIndexFilter
{
    /// <summary>name (the default), visits or latest (the latest dated fact).</summary>
    public RelationSort Sort { get; set; } = RelationSort.Name;

    /// <summary>asc or desc; absent, each column's natural order (names A–Z, most visits and latest facts first).</summary>
    public SortOrder? Order { get; set; }

    public SortOrder EffectiveOrder => Order ?? DefaultOrder(Sort);

    /// <summary>The page of the index, from 1 (<see cref="PageSize"/> relations a page: bounded on any corpus).</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 100_000, ErrorMessage = "page must be a page number from 1.")]
    public int Page { get; set; } = 1;

    public const int PageSize = 100;

    public static SortOrder DefaultOrder(RelationSort sort) => sort == RelationSort.Name ? SortOrder.Asc : SortOrder.Desc;
}

/// <summary>One relation of the index: what the article holds, and its visits per year on the index's common span.</summary>
public sealed record RelationIndexRow(
    RelationLink Relation,
    int Visits,
    int Agreements,
    int Missions,
    int SisterCities,
    int Memberships,
    int Events,
    DateOnly? LatestFact,
    IReadOnlyList<YearBar> VisitsPerYear);

public sealed record RelationIndexViewModel(RelationIndexFilter Filter, IReadOnlyList<RelationIndexRow> Rows, int? FirstYear, int? LastYear, int Total)
{
    public int Pages => Math.Max(1, (Total + RelationIndexFilter.PageSize - 1) / RelationIndexFilter.PageSize);
}

/// <summary>The pages a relation has, each of which the switcher and the breadcrumb can name.</summary>
public enum RelationPage
{
    Overview,
    Article,
    Visits,
    Timeline,
    Agreements,
    Missions,
    SisterCities,
    Memberships,
}

/// <summary>The switcher's request: the relation to go to (none: all relations) and the page to show of it.</summary>
public sealed class RelationSwitch
{
    [MaxLength(100)]
    [RegularExpression("^[a-z0-9-]+$", ErrorMessage = "relation must be a relation slug.")]
    [KnownRelation]
    public string? Relation { get; set; }

    public RelationPage To { get; set; } = RelationPage.Overview;
}

/// <summary>Breadcrumb and switcher of a page inside a relation.</summary>
public sealed record RelationBarViewModel(RelationLink Current, RelationPage Page, string? PageLabel, IReadOnlyList<RelationLink> Relations);

/// <summary>The relations to compare: <c>/compare?relation=a&amp;relation=b</c>; none shows the form alone.</summary>
public sealed class CompareFilter : IValidatableObject
{
    public const int Most = 6;

    public List<string?> Relation { get; set; } = [];

    public IReadOnlyList<string> Slugs() => Relation.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()).Distinct().ToList();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var slugs = Slugs();
        if (slugs.Count == 1)
        {
            yield return new ValidationResult("relation must be given at least twice: choose two or more relations to compare.", [nameof(Relation)]);
        }
        if (slugs.Count > Most)
        {
            yield return new ValidationResult($"relation can be given at most {Most} times: compare at most {Most} relations at once.", [nameof(Relation)]);
            yield break;
        }
        foreach (var slug in slugs)
        {
            if (KnownRelationAttribute.Problem(slug, validationContext) is { } problem)
            {
                yield return new ValidationResult(problem, [nameof(Relation)]);
            }
        }
    }
}

/// <summary>One relation's column of the compare page, built from the same query as its overview.</summary>
public sealed record CompareColumn(RelationOverviewViewModel Overview)
{
    public int Visits => Overview.Counts[0].Count;

    public RelationLink Relation => Overview.Relation;

    public int PerYear(int year) => Overview.VisitsPerYear.FirstOrDefault(b => b.Year == year)?.Count ?? 0;

    public KeyDate? KeyDate(KeyDateKind kind) => Overview.KeyDates.Where(k => k.Kind == kind).MinBy(k => k.Date.Start);

    /// <summary>The earliest visit: the first at any level.</summary>
    public VisitRow? FirstVisit => Overview.Reciprocity.Select(t => t.First).OfType<VisitRow>().MinBy(v => v.Date.Start);

    public VisitRow? LatestVisit => Overview.LatestVisits.FirstOrDefault();

    public int AtLevel(string tier) => Overview.Reciprocity.Where(t => t.Tier == tier).Sum(t => t.AToB + t.BToA + t.Unknown);
}

public sealed record CompareViewModel(
    IReadOnlyList<CompareColumn> Columns,
    IReadOnlyList<RelationLink> AllRelations,
    IReadOnlyList<int> Years,
    IReadOnlyList<string> Tiers)
{
    public int MaxPerYear => Columns.Count == 0 || Years.Count == 0 ? 1 : Math.Max(1, Columns.Max(c => Years.Max(c.PerYear)));
}

/// <summary>One active filter in words ("Level: Heads of state"), with the address of the same list without it.</summary>
public sealed record FilterChip(string Name, string Value, string RemoveUrl)
{
    public string Text => $"{Name}: {Value}";
}

/// <summary>The active filters of a list page, shown as removable chips; <see cref="ClearUrl"/> drops them all.</summary>
public sealed record FilterChipsViewModel(IReadOnlyList<FilterChip> Chips, string ClearUrl)
{
    /// <summary>"Relation: Azerbaijan–Hungary relations and Year: 2013", for the summary line.</summary>
    public string Describe(Func<FilterChip, bool>? include = null)
    {
        var texts = Chips.Where(include ?? (_ => true)).Select(c => c.Text).ToList();
        return texts.Count <= 1 ? string.Concat(texts) : $"{string.Join(", ", texts.SkipLast(1))} and {texts[^1]}";
    }
}
