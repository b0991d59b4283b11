using BilateralRelations.Core.Dates;
using BilateralRelations.Core.Facts;

namespace BilateralRelations.Web.ViewModels;

/// <summary>A page whose facts all come from these relations: its footer credits only their articles.</summary>
public interface ISourcedPage
{
    IReadOnlyList<RelationLink> SourceRelations { get; }
}

/// <summary>A row of the country list; <see cref="VisitsNotStated"/> are its relations' visits whose direction the articles do not state.</summary>
public sealed record CountryRow(string Slug, string Name, string? Iso3, int Relations, int VisitsMade, int VisitsReceived, int VisitsNotStated)
{
    public int Visits => VisitsMade + VisitsReceived + VisitsNotStated;
}

/// <summary>
/// One article's visits seen from the country: made by it, received by it, and those whose direction is not stated,
/// so the three add up to every visit the article records. <see cref="Partner"/> is null for an article about
/// two other countries that still names this one as visitor or host.
/// </summary>
public sealed record CountryPartner(RelationLink Relation, CountryRef? Partner, FuzzyDate? RelationsSince,
    VisitGroup Made, VisitGroup Received, VisitGroup NotStated)
{
    public int Visits => Made.Count + Received.Count + NotStated.Count;

    /// <summary>The visits the summary lists of this relation's: all of them unless the country has more than its pages hold.</summary>
    public int Listed => Made.Listed.Count + Received.Listed.Count + NotStated.Listed.Count;
}

/// <summary>The visits of one direction: how many there are, and those the summary lists, in date order.</summary>
public sealed class VisitGroup
{
    private readonly List<CountryVisit> _listed = [];

    public int Count { get; private set; }

    public IReadOnlyList<CountryVisit> Listed => _listed;

    public void Add(CountryVisit visit, bool listed)
    {
        Count++;
        if (listed)
        {
            _listed.Add(visit);
        }
    }
}

/// <summary>
/// A visit as the country summary lists it: its date, people and countries, no texts. The summary lists hundreds
/// of visits; reading each one's source line, description and purpose, never shown there, was most of its read.
/// </summary>
public sealed record CountryVisit(string Slug, FuzzyDate Date, IReadOnlyList<PersonLink> People, CountryRef? Visiting, CountryRef? Host, VisitTier Tier);

public sealed record TierCounts(string Tier, int Made, int Received, int NotStated)
{
    public int All => Made + Received + NotStated;
}

/// <summary>An organisation once, however many articles name it; <see cref="Relations"/> are those articles.</summary>
public sealed record MembershipSummary(string Organisation, IReadOnlyList<MembershipStatus> Statuses, FuzzyDate? Since, IReadOnlyList<RelationLink> Relations);

/// <summary>An agreement with the countries it was signed with, other than the summary's own.</summary>
public sealed record CountryAgreement(AgreementRow Agreement, IReadOnlyList<CountryRef> With);

public sealed record CountrySummaryViewModel(
    CountryRef Country,
    IReadOnlyList<CountryPartner> Partners,
    IReadOnlyList<MissionRow> EmbassiesAbroad,
    IReadOnlyList<MissionRow> EmbassiesHosted,
    IReadOnlyList<TierCounts> VisitsByTier,
    IReadOnlyList<YearChartBar> VisitsPerYear,
    IReadOnlyList<CountryAgreement> Agreements,
    IReadOnlyList<SisterCityRow> SisterCities,
    IReadOnlyList<MembershipSummary> Memberships,
    IReadOnlyList<RelationLink> SourceRelations) : ISourcedPage
{
    /// <summary>The articles about this country's relations (not those that only mention it).</summary>
    public IReadOnlyList<CountryPartner> OwnRelations => Partners.Where(p => p.Partner is not null).ToList();

    public int VisitsMade => Partners.Sum(p => p.Made.Count);
    public int VisitsReceived => Partners.Sum(p => p.Received.Count);
    public int VisitsNotStated => Partners.Sum(p => p.NotStated.Count);
    public int Visits => VisitsMade + VisitsReceived + VisitsNotStated;

    /// <summary>The visits the summary lists: all, or the highest-level ones (<see cref="Queries.SummaryVisitChoice"/>).</summary>
    public int ListedVisits => Partners.Sum(p => p.Listed);

    /// <summary>Whether the summary lists only some visits: then in one list, not a section per relation.</summary>
    public bool Abridged => ListedVisits < Visits;

    /// <summary>The visits listed in one direction across every relation, in date order, each with its relation.</summary>
    public IReadOnlyList<(CountryVisit Visit, CountryPartner Partner)> ListedAcross(Func<CountryPartner, VisitGroup> direction) =>
        Partners.SelectMany(p => direction(p).Listed.Select(v => (v, p))).OrderBy(x => x.v.Date.Start).ThenBy(x => x.v.Date.End).ToList();
}
