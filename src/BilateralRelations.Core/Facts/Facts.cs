using BilateralRelations.Core.Countries;
using BilateralRelations.Core.Dates;

namespace BilateralRelations.Core.Facts;

/// <summary>Where a fact comes from: the 1-based line number and the line as the file has it.</summary>
public sealed record SourceRef(int Line, string Text);

/// <summary>
/// Whether the text states a fact or the extractor inferred part of it, and then from what ("the visiting country
/// from line 12", "a year after March 2005", "the envoy paired with Mission2 by the infobox order").
/// </summary>
public sealed record Basis(bool IsInferred, string? Reason)
{
    public static readonly Basis Stated = new(false, null);

    public static Basis Inferred(string reason) => new(true, reason);

    /// <summary>A fact built from several parts is inferred when any part is; the reasons are kept together.</summary>
    public Basis And(Basis other) => (IsInferred, other.IsInferred) switch
    {
        (false, _) => other,
        (_, false) => this,
        _ => Inferred($"{Reason}; {other.Reason}"),
    };
}

public enum VisitKind
{
    Unspecified,
    Official,
    Working,
    State,
    Private,
}

/// <summary>
/// The canonical level of a visit, one vocabulary across all articles whatever their headings say ("Head of
/// States", "Presidents", "Royal visits" are all heads of state).
/// </summary>
public enum VisitTier
{
    Other,
    HeadOfState,
    HeadOfGovernment,
    Parliament,
    Minister,
}

/// <summary>One member of a delegation: the name and title as written, and the resolved person.</summary>
public sealed record DelegationMember(string Name, string Title, string? Honorific, string PersonSlug);

/// <summary>
/// A visit. <see cref="LevelHeading"/> is the article's own sub-heading as written (null for a flat list or prose);
/// <see cref="Tier"/> the canonical level derived from it or from the delegates' titles.
/// </summary>
public sealed record VisitFact(
    string Slug,
    FuzzyDate Date,
    string? LevelHeading,
    VisitTier Tier,
    VisitKind Kind,
    IReadOnlyList<DelegationMember> Delegation,
    string? Purpose,
    Country? VisitingCountry,
    Country? HostCountry,
    string Description,
    SourceRef Source,
    Basis Basis);

public sealed record PersonFact(string Slug, string Name, IReadOnlyList<string> Spellings, Country? Country);

public sealed record AgreementFact(string Slug, FuzzyDate? Date, string Title, IReadOnlyList<Country> Parties, SourceRef Source, Basis Basis);

/// <summary>Kinds of mission; a high commission (between Commonwealth members) is an embassy.</summary>
public enum MissionKind
{
    Embassy,
    ConsulateGeneral,
    Consulate,
    HonoraryConsulate,
    RepresentativeOffice,
}

/// <summary>A head of mission: an ambassador, or the envoy an infobox names; <see cref="PersonSlug"/> once people are resolved.</summary>
public sealed record AmbassadorFact(string Name, FuzzyDate? Since, SourceRef Source, Basis Basis)
{
    public string PersonSlug { get; init; } = "";
}

/// <summary>
/// A mission of one country of the pair to the other. <see cref="ResidentIn"/> is a third country when the mission
/// sits there and is accredited to the host ("Nepal is represented in Latvia through its embassy in Copenhagen").
/// </summary>
public sealed record MissionFact(
    string Slug,
    Country SendingCountry,
    Country HostCountry,
    MissionKind Kind,
    string? City,
    Country? ResidentIn,
    FuzzyDate? Opened,
    SourceRef? OpenedSource,
    IReadOnlyList<AmbassadorFact> Ambassadors,
    SourceRef Source,
    Basis Basis);

public sealed record SisterCityFact(string Slug, string City, Country? Country, string PartnerCity, Country? PartnerCountry, SourceRef Source, Basis Basis);

/// <summary>A country's standing in an organisation, as the sentence states it.</summary>
public enum MembershipStatus
{
    Member,
    FoundingMember,
    Observer,
    Candidate,
    Applicant,
    Suspended,
    Partner,
}

/// <summary>Membership of an organisation; <see cref="Since"/> when the sentence dates it ("joined NATO in 1999").</summary>
public sealed record MembershipFact(string Slug, string Organisation, Country Country, MembershipStatus Status, FuzzyDate? Since, SourceRef Source, Basis Basis);

public enum EventKind
{
    Other,
    Recognition,
    DiplomaticRelations,
    Founding,
    Transport,
    Economy,
    Culture,
    Education,
}

public sealed record EventFact(string Slug, FuzzyDate Date, EventKind Kind, string Title, SourceRef Source, Basis Basis);

/// <summary>Everything read from one article.</summary>
public sealed record ExtractedRelation(
    Articles.Article Article,
    IReadOnlyList<VisitFact> Visits,
    IReadOnlyList<PersonFact> People,
    IReadOnlyList<AgreementFact> Agreements,
    IReadOnlyList<MissionFact> Missions,
    IReadOnlyList<SisterCityFact> SisterCities,
    IReadOnlyList<MembershipFact> Memberships,
    IReadOnlyList<EventFact> Events,
    IReadOnlyList<Diagnostic> Diagnostics);
