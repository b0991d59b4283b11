using System.Globalization;

namespace BilateralRelations.Core.Dates;

/// <summary>Formats a <see cref="FuzzyDate"/> for people, saying no more than the article does.</summary>
public static class DateText
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <summary>"4–5 December 1994", "29 June – 1 July 2012", "February 1997", "2012".</summary>
    public static string Format(FuzzyDate date) => Format(date, "MMMM");

    /// <summary>"4–5 Dec 1994", "Feb 1997": for tables.</summary>
    public static string FormatShort(FuzzyDate date) => Format(date, "MMM");

    private static string Format(FuzzyDate date, string month)
    {
        var (s, e) = (date.Start, date.End);
        string M(DateOnly d) => d.ToString(month, English);
        return date.Precision switch
        {
            DatePrecision.Year when s.Year == e.Year => $"{s.Year}",
            DatePrecision.Year => $"{s.Year}–{e.Year}",
            DatePrecision.Month when s.Year == e.Year && s.Month == e.Month => $"{M(s)} {s.Year}",
            DatePrecision.Month when s.Year == e.Year => $"{M(s)}–{M(e)} {s.Year}",
            DatePrecision.Month => $"{M(s)} {s.Year} – {M(e)} {e.Year}",
            _ when s == e => $"{s.Day} {M(s)} {s.Year}",
            _ when s.Year != e.Year => $"{s.Day} {M(s)} {s.Year} – {e.Day} {M(e)} {e.Year}",
            _ when s.Month != e.Month => $"{s.Day} {M(s)} – {e.Day} {M(e)} {s.Year}",
            _ => $"{s.Day}–{e.Day} {M(s)} {s.Year}",
        };
    }

    /// <summary>The ISO 8601 form for machines: 1994-12-04, 1997-02, 2012, or a start/end interval.</summary>
    public static string Iso(FuzzyDate date)
    {
        var start = date.SlugKey;
        if (!date.IsRange)
        {
            return start;
        }
        var end = date.Precision switch
        {
            DatePrecision.Day => date.End.ToString("yyyy-MM-dd", English),
            DatePrecision.Month => date.End.ToString("yyyy-MM", English),
            _ => date.End.Year.ToString(English),
        };
        return $"{start}/{end}";
    }
}
