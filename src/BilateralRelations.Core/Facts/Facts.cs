using BilateralRelations.Core.Countries;
using BilateralRelations.Core.Dates;

namespace BilateralRelations.Core.Facts;

/// <summary>Where a fact comes from: the 1-based line number and the line as the file has it.</summary>
public sealed record SourceRef(int Line, string Text);

public enum VisitKind
{
    Unspecified,
    Official,
    Working,
    State,
}

/// <summary>The rank of a visit, used to compare like with like across articles with different headings.</summary>
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

public sealed record VisitFact(
    string Slug,
    FuzzyDate Date,
    string Level,
    VisitTier Tier,
    VisitKind Kind,
    IReadOnlyList<DelegationMember> Delegation,
    string? Purpose,
    Country? VisitingCountry,
    Country? HostCountry,
    string Description,
    SourceRef Source);

public sealed record PersonFact(string Slug, string Name, IReadOnlyList<string> Spellings, Country? Country);

public sealed record AgreementFact(string Slug, FuzzyDate? Date, string Title, IReadOnlyList<Country> Parties, SourceRef Source);

public enum MissionKind
{
    Embassy,
    ConsulateGeneral,
    Consulate,
    HonoraryConsulate,
}

public sealed record AmbassadorFact(string Name, FuzzyDate? Since, SourceRef Source);

public sealed record MissionFact(
    string Slug,
    Country SendingCountry,
    Country HostCountry,
    MissionKind Kind,
    string? City,
    FuzzyDate? Opened,
    SourceRef? OpenedSource,
    IReadOnlyList<AmbassadorFact> Ambassadors,
    SourceRef Source);

public sealed record SisterCityFact(string Slug, string City, Country? Country, string PartnerCity, Country? PartnerCountry, SourceRef Source);

public enum MembershipStatus
{
    Member,
    Observer,
}

/// <summary>Membership of an organisation; <see cref="Since"/> when the sentence dates it ("joined NATO in 1999").</summary>
public sealed record MembershipFact(string Slug, string Organisation, Country Country, MembershipStatus Status, FuzzyDate? Since, SourceRef Source);

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

public sealed record EventFact(string Slug, FuzzyDate Date, EventKind Kind, string Title, SourceRef Source);

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
