using BilateralRelations.Core.Articles;
using BilateralRelations.Core.Dates;
using BilateralRelations.Core.Facts;

namespace BilateralRelations.Web.Data.Entities;

// Entities carry no UI concerns; the mapping lives in Data/Configurations, one class per entity.

public sealed class Country
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? Iso3 { get; set; }
    public string? Iso2 { get; set; }
    public required string Adjective { get; set; }
}

public sealed class Relation
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public int CountryAId { get; set; }
    public Country CountryA { get; set; } = null!;
    public int CountryBId { get; set; }
    public Country CountryB { get; set; } = null!;
    /// <summary>The article's name: its file's, or "file › page title" for a page of an export.</summary>
    public required string FileName { get; set; }

    /// <summary>The file in the articles folder the article was read from.</summary>
    public required string SourceFile { get; set; }

    public ArticleFormat SourceFormat { get; set; }
    public required string ContentHash { get; set; }
    public DateTimeOffset ImportedAt { get; set; }

    /// <summary>The article as read, one line per line of the plain rendering, each prefixed with its line of the file (see <see cref="Data.ArticleText"/>).</summary>
    public required string ArticleText { get; set; }
    public List<ArticleSection> Sections { get; set; } = [];
    public List<Visit> Visits { get; set; } = [];
    public List<Agreement> Agreements { get; set; } = [];
    public List<DiplomaticMission> Missions { get; set; } = [];
    public List<SisterCityPair> SisterCities { get; set; } = [];
    public List<Membership> Memberships { get; set; } = [];
    public List<Event> Events { get; set; } = [];
}

/// <summary>A heading of the article, for the table of contents of the article view.</summary>
public sealed class ArticleSection
{
    public int Id { get; set; }
    public int RelationId { get; set; }
    public int Level { get; set; }
    public required string Heading { get; set; }
    public required string Anchor { get; set; }
    public int Line { get; set; }
}

/// <summary>
/// What every fact of an article has: its relation, a slug that survives re-imports, where it comes from (the
/// 1-based line of the article and the line itself), and, when the extractor inferred part of it, from what.
/// </summary>
public abstract class RelationFact
{
    public int Id { get; set; }
    public int RelationId { get; set; }
    public Relation Relation { get; set; } = null!;
    public required string Slug { get; set; }
    public int SourceLine { get; set; }
    public required string SourceText { get; set; }

    /// <summary>Null when the text states the whole fact; else what was inferred and from what.</summary>
    public string? Inference { get; set; }
}

public sealed class Visit : RelationFact
{
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public DatePrecision Precision { get; set; }
    /// <summary>The article's own sub-heading, as written; null for a flat list or prose.</summary>
    public string? LevelHeading { get; set; }

    /// <summary>The canonical level every filter and count uses.</summary>
    public VisitTier Tier { get; set; }
    public VisitKind Kind { get; set; }
    public int? VisitingCountryId { get; set; }
    public Country? VisitingCountry { get; set; }
    public int? HostCountryId { get; set; }
    public Country? HostCountry { get; set; }
    public string? Purpose { get; set; }
    public required string Description { get; set; }
    public List<VisitParticipant> Participants { get; set; } = [];
}

public sealed class VisitParticipant
{
    public int Id { get; set; }
    public int VisitId { get; set; }
    public Visit Visit { get; set; } = null!;
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    public int Position { get; set; }
    public required string NameAsWritten { get; set; }
    public required string Title { get; set; }
}

public sealed class Person
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }

    /// <summary>The folded surname, to find the same person written with an initial in another article.</summary>
    public required string Surname { get; set; }
    public int? CountryId { get; set; }
    public Country? Country { get; set; }
    public List<PersonSpelling> Spellings { get; set; } = [];
    public List<VisitParticipant> Visits { get; set; } = [];
}

public sealed class PersonSpelling
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public required string Spelling { get; set; }
}

public sealed class Agreement : RelationFact
{
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public DatePrecision? Precision { get; set; }
    public required string Title { get; set; }
    public List<Country> Parties { get; set; } = [];
}

public sealed class DiplomaticMission : RelationFact
{
    public int SendingCountryId { get; set; }
    public Country SendingCountry { get; set; } = null!;
    public int HostCountryId { get; set; }
    public Country HostCountry { get; set; } = null!;
    public MissionKind Kind { get; set; }
    public string? City { get; set; }

    /// <summary>A third country the mission sits in when it is accredited to the host from there.</summary>
    public int? ResidentInCountryId { get; set; }
    public Country? ResidentInCountry { get; set; }
    public DateOnly? OpenedStart { get; set; }
    public DateOnly? OpenedEnd { get; set; }
    public DatePrecision? OpenedPrecision { get; set; }
    public int? OpenedSourceLine { get; set; }
    public string? OpenedSourceText { get; set; }
    public List<Ambassador> Ambassadors { get; set; } = [];
}

public sealed class Ambassador
{
    public int Id { get; set; }
    public int MissionId { get; set; }
    public DiplomaticMission Mission { get; set; } = null!;
    public required string Name { get; set; }
    public int? PersonId { get; set; }
    public Person? Person { get; set; }
    public DateOnly? SinceStart { get; set; }
    public DateOnly? SinceEnd { get; set; }
    public DatePrecision? SincePrecision { get; set; }
    public int SourceLine { get; set; }
    public required string SourceText { get; set; }
    public string? Inference { get; set; }
}

public sealed class SisterCityPair : RelationFact
{
    public required string City { get; set; }
    public int? CountryId { get; set; }
    public Country? Country { get; set; }
    public required string PartnerCity { get; set; }
    public int? PartnerCountryId { get; set; }
    public Country? PartnerCountry { get; set; }
}

public sealed class Membership : RelationFact
{
    public required string Organisation { get; set; }
    public int CountryId { get; set; }
    public Country Country { get; set; } = null!;
    public MembershipStatus Status { get; set; }
    public DateOnly? SinceStart { get; set; }
    public DateOnly? SinceEnd { get; set; }
    public DatePrecision? SincePrecision { get; set; }
}

public sealed class Event : RelationFact
{
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public DatePrecision Precision { get; set; }
    public EventKind Kind { get; set; }
    public required string Title { get; set; }
}

public sealed class ImportDiagnostic
{
    public int Id { get; set; }
    public required string FileName { get; set; }
    public int Line { get; set; }
    public DiagnosticSeverity Severity { get; set; }
    public required string Message { get; set; }
    public string? LineText { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>A fact about the dataset as a whole, one row per key: its data version, when it was built.</summary>
public sealed class DatasetProperty
{
    public const string DataVersion = "data-version";
    public const string BuiltAt = "built-at";
    public const string Licence = "licence";

    /// <summary>The licences of what the dataset holds, as every download states them.</summary>
    public const string LicenceText = "Facts extracted from Wikipedia articles by Wikipedia contributors, CC BY-SA 4.0 "
        + "(https://creativecommons.org/licenses/by-sa/4.0/); country data from mledoze/countries, ODbL 1.0 (https://opendatacommons.org/licenses/odbl/1-0/)";

    public required string Key { get; set; }
    public required string Value { get; set; }
}
