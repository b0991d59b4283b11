using System.Globalization;
using BilateralRelations.Core.Dates;
using BilateralRelations.Web.Queries;

namespace BilateralRelations.Web.ViewModels;

/// <summary>The words pages, the API and the CSV use for the Core's enums.</summary>
public static class Labels
{
    public static string Of(Core.Facts.EventKind kind) => kind switch
    {
        Core.Facts.EventKind.Recognition => "Recognition",
        Core.Facts.EventKind.DiplomaticRelations => "Diplomatic relations",
        Core.Facts.EventKind.Founding => "Founding",
        Core.Facts.EventKind.Transport => "Transport",
        Core.Facts.EventKind.Economy => "Economy",
        Core.Facts.EventKind.Culture => "Culture",
        Core.Facts.EventKind.Education => "Education",
        _ => "Event",
    };

    public static string Of(Core.Facts.VisitKind kind) => kind switch
    {
        Core.Facts.VisitKind.Official => "official",
        Core.Facts.VisitKind.Working => "working",
        Core.Facts.VisitKind.State => "state",
        Core.Facts.VisitKind.Private => "private",
        _ => "unspecified",
    };

    public static string Of(Core.Facts.MissionKind kind) => kind switch
    {
        Core.Facts.MissionKind.Embassy => "Embassy",
        Core.Facts.MissionKind.ConsulateGeneral => "Consulate-general",
        Core.Facts.MissionKind.Consulate => "Consulate",
        Core.Facts.MissionKind.HonoraryConsulate => "Honorary consulate",
        _ => "Representative office",
    };

    public static string Of(Core.Facts.MembershipStatus status) => status switch
    {
        Core.Facts.MembershipStatus.FoundingMember => "founding member",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static string Of(TimelineKind kind) => kind switch
    {
        TimelineKind.Visit => "Visits",
        TimelineKind.Agreement => "Agreements",
        TimelineKind.Embassy => "Embassy openings",
        TimelineKind.Ambassador => "Ambassadors",
        TimelineKind.Membership => "Memberships",
        _ => "Events",
    };

    public static string Of(Core.Articles.ArticleFormat format) => format switch
    {
        Core.Articles.ArticleFormat.Wikitext => "read from wikitext",
        Core.Articles.ArticleFormat.MediaWikiExport => "read from a MediaWiki export",
        Core.Articles.ArticleFormat.Html => "read from a saved web page",
        _ => "plain text",
    };

    public static string Of(DatePrecision precision) => precision.ToString().ToLowerInvariant();

    /// <summary>What the article's precision means for a reader: "exact day", "month only", "year only".</summary>
    public static string Note(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "exact day",
        DatePrecision.Month => "month only",
        _ => "year only",
    };

    /// <summary>A count with its noun in the right number: "1 visit", "2 visits", "1,204 visits", "3 people".</summary>
    public static string Count(int count, string singular, string? plural = null) =>
        $"{count.ToString("N0", CultureInfo.InvariantCulture)} {(count == 1 ? singular : plural ?? singular + "s")}";

    /// <summary>A span of time as people say it: "13 years and 2 months", "5 months", "1 year", "12 days".</summary>
    public static string Duration(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            (from, to) = (to, from);
        }
        var months = (to.Year - from.Year) * 12 + to.Month - from.Month - (to.Day < from.Day ? 1 : 0);
        if (months < 1)
        {
            return Count(to.DayNumber - from.DayNumber, "day");
        }
        var (years, rest) = (months / 12, months % 12);
        return years == 0 ? Count(rest, "month")
            : rest == 0 ? Count(years, "year")
            : $"{Count(years, "year")} and {Count(rest, "month")}";
    }

    /// <summary>A visit's direction in words, the same everywhere: "Azerbaijan → Hungary", "to Hungary", "direction not stated".</summary>
    public static string Direction(string? visiting, string? host) => (visiting, host) switch
    {
        (null, null) => "direction not stated",
        (_, null) => $"from {visiting}",
        (null, _) => $"to {host}",
        _ => $"{visiting} → {host}",
    };
}
