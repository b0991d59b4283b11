using System.ComponentModel.DataAnnotations;
using BilateralRelations.Core.Dates;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace BilateralRelations.Web.ViewModels;

/// <summary>A country as pages show it; <see cref="Side"/> ("a" or "b") picks its colour within a relation.</summary>
public sealed record CountryRef(string Slug, string Name, string? Iso3, string Side = "")
{
    public CountryRef WithSide(string side) => this with { Side = side };
}

/// <summary>
/// The sentence a fact comes from, linked to its line in the article view; <see cref="Inference"/> says what part
/// of the fact the extractor inferred rather than read (null when the text states it all).
/// </summary>
public sealed record SourceRef(string RelationSlug, int Line, string Text, string? Inference = null)
{
    public string ArticleUrl => $"/relations/{RelationSlug}/article#L{Line}";
}

public sealed record PersonLink(string Slug, string Name, string Title);

public sealed record RelationLink(string Slug, string Title, CountryRef CountryA, CountryRef CountryB);

public sealed record BadRequestProblem(string Parameter, string Message)
{
    /// <summary>A sentence for people, not the binder's jargon.</summary>
    public static string Explain(string key, ModelStateEntry entry)
    {
        var value = entry.AttemptedValue;
        var message = entry.Errors[0].ErrorMessage;
        if (string.IsNullOrEmpty(message) || message.StartsWith("The value", StringComparison.Ordinal))
        {
            return $"'{value}' is not a valid value for {key}.";
        }
        return message;
    }
}

public sealed record BadRequestViewModel(IReadOnlyList<BadRequestProblem> Problems);

public sealed record ErrorViewModel(int StatusCode, string Title, string Message);

/// <summary>The footer's credits: the source articles, or null where they cannot (or must not) be listed.</summary>
public sealed record SourceCreditsViewModel(IReadOnlyList<RelationLink>? Relations)
{
    /// <summary>Articles named one by one in a footer; beyond, the footer points to the relations index.</summary>
    public const int MostNamed = 20;
}

/// <summary>Year bounds accepted in filters: wide enough for any history of diplomacy, narrow enough to be a year.</summary>
public sealed class YearAttribute() : RangeAttribute(1000, 2999)
{
    public override string FormatErrorMessage(string name) => $"{name} must be a four-digit year between 1000 and 2999.";
}

/// <summary>A list page narrowed to one relation (by slug), or all of them.</summary>
/// <summary>The page of a list of facts (agreements, missions, sister cities, memberships): bounded on any corpus.</summary>
public sealed class ListPaging
{
    public const int PageSize = 100;

    /// <summary>The page, from 1.</summary>
    [Range(1, 100_000, ErrorMessage = "page must be a page number from 1.")]
    public int Page { get; set; } = 1;

    /// <summary>This page's rows, read in SQL (a method, so it is no query parameter).</summary>
    public Queries.Slice Slice() => Queries.Slice.Page(Page, PageSize);

    /// <summary>How many pages <paramref name="total"/> rows fill (one, even empty).</summary>
    public static int PagesOf(int total) => Math.Max(1, (total + PageSize - 1) / PageSize);
}

public sealed class RelationFilter
{
    /// <summary>Only the facts of this relation (its slug, as in <c>/relations/{slug}</c>); all relations when absent.</summary>
    [MaxLength(100)]
    [RegularExpression("^[a-z0-9-]+$", ErrorMessage = "relation must be a relation slug (lower-case letters, digits and hyphens, as in the page's address).")]
    [Infrastructure.KnownRelation]
    public string? Relation { get; set; }
}
