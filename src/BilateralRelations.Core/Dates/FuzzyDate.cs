using System.Globalization;

namespace BilateralRelations.Core.Dates;

/// <summary>How precisely the article states a date.</summary>
public enum DatePrecision
{
    Day = 0,
    Month = 1,
    Year = 2,
}

/// <summary>
/// A date as an article states it: the first and last day it covers and how precise it is.
/// "February 1997" is 1997-02-01..1997-02-28 with month precision, never a made-up day.
/// </summary>
public readonly record struct FuzzyDate(DateOnly Start, DateOnly End, DatePrecision Precision)
{
    public static FuzzyDate Day(int year, int month, int day) =>
        new(new DateOnly(year, month, day), new DateOnly(year, month, day), DatePrecision.Day);

    public static FuzzyDate Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)), DatePrecision.Month);

    public static FuzzyDate Year(int year) =>
        new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year);

    /// <summary>The span from the start of <paramref name="first"/> to the end of <paramref name="last"/>, at the coarser precision.</summary>
    public static FuzzyDate Span(FuzzyDate first, FuzzyDate last) =>
        new(first.Start, last.End, (DatePrecision)Math.Max((int)first.Precision, (int)last.Precision));

    public bool IsRange => Start != End && Precision == DatePrecision.Day
        || Precision == DatePrecision.Month && (Start.Month != End.Month || Start.Year != End.Year)
        || Precision == DatePrecision.Year && Start.Year != End.Year;

    public int DurationDays => End.DayNumber - Start.DayNumber + 1;

    public bool Overlaps(int year) => Start.Year <= year && End.Year >= year;

    /// <summary>A short, sortable key for slugs: 1994-12-04, 1997-02 or 2012.</summary>
    public string SlugKey => Precision switch
    {
        DatePrecision.Day => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Start.Year.ToString(CultureInfo.InvariantCulture),
    };

    public override string ToString() => DateText.Format(this);
}
