using BilateralRelations.Core.Extraction.Visits;
using BilateralRelations.Core.Facts;

namespace BilateralRelations.Web.Queries;

/// <summary>
/// The visits a country summary lists. The summary prints on one or two pages, and a country named in many articles
/// has hundreds of visits (seven printed pages for 240), so it lists at most <see cref="Lines"/>: every visit when they
/// fit, otherwise the highest-level ones, the latest first within a level. The summary's counts and chart still cover
/// every visit, and it links to all of them.
/// </summary>
public static class SummaryVisitChoice
{
    /// <summary>What two A4 pages hold beside the summary's other sections (one relation's 41 visits print on two).</summary>
    public const int Lines = 50;

    public readonly record struct Candidate(int Id, VisitTier Tier, DateOnly Start);

    /// <summary>The ids of the visits to list.</summary>
    public static HashSet<int> Choose(IReadOnlyCollection<Candidate> visits) =>
        (visits.Count <= Lines ? visits : visits.OrderBy(v => VisitTiers.Rank(v.Tier)).ThenByDescending(v => v.Start).ThenByDescending(v => v.Id).Take(Lines))
            .Select(v => v.Id).ToHashSet();
}
