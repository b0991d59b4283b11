using BilateralRelations.Core.Dates;
using BilateralRelations.Core.Facts;

namespace BilateralRelations.Web.ViewModels;

/// <summary>What a key date marks, so pages can line the dates of several relations up.</summary>
public enum KeyDateKind
{
    Recognition,
    DiplomaticRelations,
    MissionOpened,
}

public sealed record KeyDate(string Label, FuzzyDate Date, SourceRef Source, KeyDateKind Kind);

public sealed record FactCount(string Label, int Count, string Url);

public sealed record YearBar(int Year, int Count);

public sealed record TierReciprocity(string Tier, int AToB, int BToA, int Unknown, VisitRow? First);

public sealed record VisitGap(VisitRow From, VisitRow To, int Days);

public sealed record RelationOverviewViewModel(
    RelationLink Relation,
    IReadOnlyList<KeyDate> KeyDates,
    IReadOnlyList<FactCount> Counts,
    IReadOnlyList<VisitRow> LatestVisits,
    IReadOnlyList<YearBar> VisitsPerYear,
    IReadOnlyList<TierReciprocity> Reciprocity,
    VisitGap? LongestTopLevelGap,
    int DiagnosticCount,
    bool OneOfSeveral = false) : ISourcedPage
{
    public IReadOnlyList<RelationLink> SourceRelations => [Relation];

    /// <summary>The query that keeps a link to a list page inside this relation, when the site holds others.</summary>
    public string Scope => OneOfSeveral ? $"?relation={Relation.Slug}" : "";
}

public sealed record HomeViewModel(RelationOverviewViewModel? Single, RelationIndexViewModel? Index);

public sealed record VisitDetailViewModel(VisitRow Visit, IReadOnlyList<VisitRow> SamePeopleVisits);

public sealed record AgreementRow(string Slug, FuzzyDate? Date, string Title, IReadOnlyList<CountryRef> Parties, SourceRef Source, RelationLink Relation);

public sealed record AmbassadorRow(string Name, string? PersonSlug, FuzzyDate? Since, SourceRef Source);

/// <summary>A mission; <see cref="ResidentIn"/> is the third country it sits in when accredited from there.</summary>
public sealed record MissionRow(string Slug, CountryRef Sending, CountryRef Host, MissionKind Kind, string? City, CountryRef? ResidentIn, FuzzyDate? Opened, SourceRef? OpenedSource,
    IReadOnlyList<AmbassadorRow> Ambassadors, SourceRef Source, RelationLink Relation)
{
    public string KindLabel => Labels.Of(Kind);

    /// <summary>"Budapest, Hungary", "Copenhagen (Denmark), accredited to Lithuania", or the host alone.</summary>
    public string Place => (City, ResidentIn) switch
    {
        (null, _) => Host.Name,
        (_, null) => $"{City}, {Host.Name}",
        _ => $"{City} ({ResidentIn.Name}), accredited to {Host.Name}",
    };
}

public sealed record SisterCityRow(string Slug, string City, CountryRef? Country, string PartnerCity, CountryRef? PartnerCountry, SourceRef Source, RelationLink Relation);

public sealed record MembershipRow(string Slug, string Organisation, CountryRef Country, MembershipStatus Status, FuzzyDate? Since, SourceRef Source, RelationLink Relation);

public sealed record EventRow(string Slug, FuzzyDate Date, EventKind Kind, string Title, SourceRef Source, RelationLink Relation);

public sealed record FactListViewModel<T>(string Title, string Intro, IReadOnlyList<T> Rows, string? RelationSlug, IReadOnlyList<RelationLink> Relations,
    int Total, int Page)
{
    public int Pages => ListPaging.PagesOf(Total);

    /// <summary>" of the relation Azerbaijan–Hungary" when the list is narrowed to one relation, for its caption.</summary>
    public string Scope => RelationSlug is null ? "" : $" of the relation {FilterChipsBuilder.RelationTitle(Relations, RelationSlug)}";
}

public sealed record PersonRow(string Slug, string Name, CountryRef? Country, IReadOnlyList<string> Spellings, int VisitCount, FuzzyDate? FirstVisit, FuzzyDate? LastVisit);

/// <summary>One page of the people, a hundred at a time like every list: a large corpus names thousands.</summary>
public sealed record PeopleViewModel(IReadOnlyList<PersonRow> Rows, int Total, int Page)
{
    public int Pages => ListPaging.PagesOf(Total);
}

public sealed record PersonDetailViewModel(PersonRow Person, IReadOnlyList<string> Titles, IReadOnlyList<VisitRow> Visits, IReadOnlyList<MissionRow> AmbassadorOf);

public sealed record DiagnosticRow(string FileName, int Line, DiagnosticSeverity Severity, string Message, string? LineText, string? RelationSlug);

public sealed record DiagnosticsViewModel(IReadOnlyList<IGrouping<string, DiagnosticRow>> Files);

public sealed record TocEntry(int Level, string Heading, string Anchor);

/// <summary>The article as read; <paramref name="FirstLine"/>–<paramref name="LastLine"/> are the lines of its file it was read from.</summary>
public sealed record ArticleViewModel(RelationLink Relation, string FileName, string FormatLabel, IReadOnlyList<TocEntry> Toc,
    Microsoft.AspNetCore.Html.IHtmlContent Body, int FirstLine, int LastLine) : ISourcedPage
{
    public IReadOnlyList<RelationLink> SourceRelations => [Relation];

    public string LinesLabel => FirstLine == 1 ? $"{LastLine:N0} lines" : $"lines {FirstLine:N0}–{LastLine:N0}";
}

/// <summary>The downloads page: the files, and the data version and licence they all carry.</summary>
public sealed record DownloadsViewModel(IReadOnlyList<Queries.DownloadFile> Files, string DataVersion, DateTimeOffset? BuiltAt, string Licence);
