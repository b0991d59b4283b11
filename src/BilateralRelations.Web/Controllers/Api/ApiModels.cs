using System.Globalization;
using BilateralRelations.Core.Dates;
using BilateralRelations.Core.Extraction.Visits;
using BilateralRelations.Web.Queries;
using BilateralRelations.Web.ViewModels;

namespace BilateralRelations.Web.Controllers.Api;

// The JSON API's answers, one record per kind of fact. Their doc comments are the field descriptions of
// /openapi/v1.json; their property names (camelCase in JSON) are a contract with data users.

/// <summary>A country as the API names it.</summary>
/// <param name="Slug">The country's address on the site (<c>/countries/{slug}</c>).</param>
/// <param name="Name">The country's short English name.</param>
/// <param name="Iso3">ISO 3166-1 alpha-3 code, or null for a country the catalogue does not know.</param>
public sealed record ApiCountry(string Slug, string Name, string? Iso3)
{
    public static ApiCountry From(CountryRef c) => new(c.Slug, c.Name, c.Iso3);
}

/// <summary>Where a fact was read: the line of the source file and whether the text states the fact.</summary>
public abstract record ApiSourced
{
    protected ApiSourced(SourceRef source)
    {
        SourceLine = source.Line;
        SourceText = source.Text;
        Inferred = source.Inference is not null;
        Inference = source.Inference;
    }

    /// <summary>The line of the source file the fact was read from (of the XML file, for a page of an export).</summary>
    public int SourceLine { get; }

    /// <summary>That line as read (wikitext and HTML without their markup).</summary>
    public string SourceText { get; }

    /// <summary>False when the text states the fact; true when the extractor inferred part of it.</summary>
    public bool Inferred { get; }

    /// <summary>When inferred: what was inferred, and from what.</summary>
    public string? Inference { get; }

    protected static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected static string PrecisionOf(FuzzyDate d) => Labels.Of(d.Precision);
}

/// <summary>A relation between two countries, read from one article.</summary>
/// <param name="Slug">The relation's address on the site (<c>/relations/{slug}</c>), and its value for the <c>relation</c> filter.</param>
/// <param name="Title">The article's title.</param>
/// <param name="Countries">The two countries, in the title's order.</param>
public sealed record ApiRelation(string Slug, string Title, IReadOnlyList<ApiCountry> Countries)
{
    public static ApiRelation From(RelationLink r) => new(r.Slug, r.Title, [ApiCountry.From(r.CountryA), ApiCountry.From(r.CountryB)]);
}

/// <summary>A person of a visit's delegation.</summary>
/// <param name="Name">The person's name, in its fullest spelling.</param>
/// <param name="Slug">The person's address on the site (<c>/people/{slug}</c>).</param>
/// <param name="Title">The office the line gives the person ("President of Azerbaijan").</param>
public sealed record ApiVisitor(string Name, string Slug, string Title);

/// <summary>A dated high-level visit.</summary>
public sealed record ApiVisit : ApiSourced
{
    private ApiVisit(SourceRef source) : base(source)
    {
    }

    /// <summary>The visit's permanent identifier (its address is <c>/visits/{id}</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The slug of the relation whose article tells of the visit.</summary>
    public required string Relation { get; init; }

    /// <summary>First day, YYYY-MM-DD; a month- or year-precision date starts on the month's or year's first day.</summary>
    public required string StartDate { get; init; }

    /// <summary>Last day, YYYY-MM-DD.</summary>
    public required string EndDate { get; init; }

    /// <summary>How precise the article's date is: day, month or year.</summary>
    public required string Precision { get; init; }

    /// <summary>The delegation, in the order the line names it.</summary>
    public required IReadOnlyList<ApiVisitor> People { get; init; }

    /// <summary>The visit as the article describes it.</summary>
    public required string Title { get; init; }

    /// <summary>The visiting country's name, or null when the article does not say.</summary>
    public string? VisitingCountry { get; init; }

    public string? VisitingCountryIso3 { get; init; }

    /// <summary>The host country's name, or null when the article does not say.</summary>
    public string? HostCountry { get; init; }

    public string? HostCountryIso3 { get; init; }

    /// <summary>The sub-heading the visit is listed under, as written, or null.</summary>
    public string? Level { get; init; }

    /// <summary>The canonical level: heads-of-state, heads-of-government, parliament, ministers or other-officials.</summary>
    public required string Tier { get; init; }

    /// <summary>state, official, working, private, or unspecified.</summary>
    public required string Kind { get; init; }

    /// <summary>What the visit was for, when the line says ("to attend the summit").</summary>
    public string? Purpose { get; init; }

    public static ApiVisit From(VisitRow v) => new(v.Source)
    {
        Id = v.Slug,
        Relation = v.Relation.Slug,
        StartDate = Day(v.Date.Start),
        EndDate = Day(v.Date.End),
        Precision = PrecisionOf(v.Date),
        People = v.People.Select(p => new ApiVisitor(p.Name, p.Slug, p.Title)).ToList(),
        Title = v.Description,
        VisitingCountry = v.Visiting?.Name,
        VisitingCountryIso3 = v.Visiting?.Iso3,
        HostCountry = v.Host?.Name,
        HostCountryIso3 = v.Host?.Iso3,
        Level = v.LevelHeading,
        Tier = VisitTiers.Slug(v.Tier),
        Kind = Labels.Of(v.Kind),
        Purpose = v.Purpose,
    };
}

/// <summary>A bilateral agreement or treaty.</summary>
public sealed record ApiAgreement : ApiSourced
{
    private ApiAgreement(SourceRef source) : base(source)
    {
    }

    /// <summary>The agreement's permanent identifier (its anchor on <c>/agreements</c>).</summary>
    public required string Id { get; init; }

    public required string Relation { get; init; }

    /// <summary>The day it was signed (YYYY-MM-DD, the first day of a month or year), or null when the article gives no date.</summary>
    public string? Date { get; init; }

    public string? EndDate { get; init; }

    /// <summary>day, month or year; null without a date.</summary>
    public string? Precision { get; init; }

    /// <summary>The agreement as the article names it.</summary>
    public required string Title { get; init; }

    public required IReadOnlyList<ApiCountry> Parties { get; init; }

    public static ApiAgreement From(AgreementRow a) => new(a.Source)
    {
        Id = a.Slug,
        Relation = a.Relation.Slug,
        Date = a.Date is { } d ? Day(d.Start) : null,
        EndDate = a.Date is { } e ? Day(e.End) : null,
        Precision = a.Date is { } p ? PrecisionOf(p) : null,
        Title = a.Title,
        Parties = a.Parties.Select(ApiCountry.From).ToList(),
    };
}

/// <summary>A head of mission.</summary>
public sealed record ApiAmbassador : ApiSourced
{
    private ApiAmbassador(SourceRef source) : base(source)
    {
    }

    public required string Name { get; init; }

    /// <summary>The day the article says the ambassador took office (YYYY-MM-DD), or null.</summary>
    public string? Since { get; init; }

    public static ApiAmbassador From(AmbassadorRow a) => new(a.Source)
    {
        Name = a.Name,
        Since = a.Since is { } s ? Day(s.Start) : null,
    };
}

/// <summary>A diplomatic mission of one country of the pair in (or accredited to) the other.</summary>
public sealed record ApiMission : ApiSourced
{
    private ApiMission(SourceRef source) : base(source)
    {
    }

    public required string Id { get; init; }

    public required string Relation { get; init; }

    /// <summary>embassy, consulate-general, consulate, honorary consulate, representative office…</summary>
    public required string Kind { get; init; }

    public required string SendingCountry { get; init; }

    public string? SendingCountryIso3 { get; init; }

    public required string HostCountry { get; init; }

    public string? HostCountryIso3 { get; init; }

    /// <summary>The city the mission is in, or null when the article does not say.</summary>
    public string? City { get; init; }

    /// <summary>For a mission accredited from a third country: that country ("resident in Ankara").</summary>
    public string? ResidentIn { get; init; }

    public string? ResidentInIso3 { get; init; }

    /// <summary>The day it opened (YYYY-MM-DD), or null.</summary>
    public string? Opened { get; init; }

    public string? OpenedPrecision { get; init; }

    public required IReadOnlyList<ApiAmbassador> Ambassadors { get; init; }

    public static ApiMission From(MissionRow m) => new(m.Source)
    {
        Id = m.Slug,
        Relation = m.Relation.Slug,
        Kind = m.KindLabel.ToLowerInvariant(),
        SendingCountry = m.Sending.Name,
        SendingCountryIso3 = m.Sending.Iso3,
        HostCountry = m.Host.Name,
        HostCountryIso3 = m.Host.Iso3,
        City = m.City,
        ResidentIn = m.ResidentIn?.Name,
        ResidentInIso3 = m.ResidentIn?.Iso3,
        Opened = m.Opened is { } o ? Day(o.Start) : null,
        OpenedPrecision = m.Opened is { } op ? PrecisionOf(op) : null,
        Ambassadors = m.Ambassadors.Select(ApiAmbassador.From).ToList(),
    };
}

/// <summary>Two twinned cities.</summary>
public sealed record ApiSisterCity : ApiSourced
{
    private ApiSisterCity(SourceRef source) : base(source)
    {
    }

    public required string Id { get; init; }

    public required string Relation { get; init; }

    public required string City { get; init; }

    public string? Country { get; init; }

    public string? CountryIso3 { get; init; }

    public required string PartnerCity { get; init; }

    public string? PartnerCountry { get; init; }

    public string? PartnerCountryIso3 { get; init; }

    public static ApiSisterCity From(SisterCityRow s) => new(s.Source)
    {
        Id = s.Slug,
        Relation = s.Relation.Slug,
        City = s.City,
        Country = s.Country?.Name,
        CountryIso3 = s.Country?.Iso3,
        PartnerCity = s.PartnerCity,
        PartnerCountry = s.PartnerCountry?.Name,
        PartnerCountryIso3 = s.PartnerCountry?.Iso3,
    };
}

/// <summary>A country's standing in an international organisation.</summary>
public sealed record ApiMembership : ApiSourced
{
    private ApiMembership(SourceRef source) : base(source)
    {
    }

    public required string Id { get; init; }

    public required string Relation { get; init; }

    /// <summary>The organisation, spelled as in the article.</summary>
    public required string Organisation { get; init; }

    public required string Country { get; init; }

    public string? CountryIso3 { get; init; }

    /// <summary>member, founding member, observer, candidate, applicant, suspended or partner.</summary>
    public required string Status { get; init; }

    /// <summary>Since when (YYYY-MM-DD), or null.</summary>
    public string? Since { get; init; }

    public static ApiMembership From(MembershipRow m) => new(m.Source)
    {
        Id = m.Slug,
        Relation = m.Relation.Slug,
        Organisation = m.Organisation,
        Country = m.Country.Name,
        CountryIso3 = m.Country.Iso3,
        Status = Labels.Of(m.Status),
        Since = m.Since is { } s ? Day(s.Start) : null,
    };
}

/// <summary>Another dated diplomatic milestone: recognition, establishment of relations, and the like.</summary>
public sealed record ApiEvent : ApiSourced
{
    private ApiEvent(SourceRef source) : base(source)
    {
    }

    public required string Id { get; init; }

    public required string Relation { get; init; }

    public required string StartDate { get; init; }

    public required string EndDate { get; init; }

    public required string Precision { get; init; }

    /// <summary>Recognition, Diplomatic relations, Founding, Transport, Economy, Culture, Education or Other.</summary>
    public required string Kind { get; init; }

    /// <summary>The clause that tells the event.</summary>
    public required string Title { get; init; }

    public static ApiEvent From(EventRow e) => new(e.Source)
    {
        Id = e.Slug,
        Relation = e.Relation.Slug,
        StartDate = Day(e.Date.Start),
        EndDate = Day(e.Date.End),
        Precision = PrecisionOf(e.Date),
        Kind = Labels.Of(e.Kind),
        Title = e.Title,
    };
}

/// <summary>A person named in the articles.</summary>
/// <param name="Slug">The person's address on the site (<c>/people/{slug}</c>), and the value of the visits' <c>person</c> filter.</param>
/// <param name="Name">The fullest spelling of the name.</param>
/// <param name="Spellings">Every spelling the articles use ("E.Mammadyarov", "Elmar Mammadyarov").</param>
/// <param name="Country">The country the person serves, when an article says.</param>
/// <param name="CountryIso3">That country's ISO 3166-1 alpha-3 code.</param>
/// <param name="Visits">How many visits the person made.</param>
public sealed record ApiPerson(string Slug, string Name, IReadOnlyList<string> Spellings, string? Country, string? CountryIso3, int Visits)
{
    public static ApiPerson From(PersonRow p) => new(p.Slug, p.Name, p.Spellings, p.Country?.Name, p.Country?.Iso3, p.VisitCount);
}

/// <summary>A dated fact of any kind, for a timeline.</summary>
/// <param name="Id">The fact's anchor on <c>/timeline</c>.</param>
/// <param name="Kind">visit, agreement, embassy, ambassador, membership or event.</param>
/// <param name="StartDate">First day, YYYY-MM-DD.</param>
/// <param name="EndDate">Last day, YYYY-MM-DD.</param>
/// <param name="Precision">day, month or year.</param>
/// <param name="Title">The fact in a line.</param>
/// <param name="Relation">The slug of the relation whose article tells it.</param>
/// <param name="SourceLine">The line of the source file it was read from.</param>
/// <param name="SourceText">That line as read.</param>
public sealed record ApiTimelineItem(string Id, string Kind, string StartDate, string EndDate, string Precision, string Title, string Relation, int SourceLine, string SourceText)
{
    public static ApiTimelineItem From(TimelineItem i) => new(i.Anchor, i.Kind.ToString().ToLowerInvariant(),
        i.Date.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), i.Date.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Labels.Of(i.Date.Precision), i.Title, i.Source.RelationSlug, i.Source.Line, i.Source.Text);
}

/// <summary>Something the importer could not fully understand.</summary>
/// <param name="File">The article's name: its file in the articles folder, or "file › page" for a page of an export.</param>
/// <param name="Line">The line of the file (0 for the file as a whole).</param>
/// <param name="Severity">info, warning or error.</param>
/// <param name="Message">What happened, for people.</param>
/// <param name="LineText">The line concerned, when quoting it helps (never for a file that is not an article).</param>
public sealed record ApiDiagnostic(string File, int Line, string Severity, string Message, string? LineText)
{
    public static ApiDiagnostic From(DiagnosticRow d) => new(d.FileName, d.Line, d.Severity.ToString().ToLowerInvariant(), d.Message, d.LineText);
}
