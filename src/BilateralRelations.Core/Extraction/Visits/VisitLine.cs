using BilateralRelations.Core.Countries;
using BilateralRelations.Core.Dates;
using BilateralRelations.Core.Extraction.People;
using BilateralRelations.Core.Facts;

namespace BilateralRelations.Core.Extraction.Visits;

/// <summary>
/// What one visit line or clause says, before people are resolved across the article. <see cref="DateBasis"/> says
/// whether the date is written or resolved from an earlier one ("a year later").
/// </summary>
public sealed record VisitLine(
    FuzzyDate Date,
    VisitKind Kind,
    IReadOnlyList<PersonMention> Delegation,
    string? Purpose,
    Country? Destination,
    string Description)
{
    public Basis DateBasis { get; init; } = Basis.Stated;
}
