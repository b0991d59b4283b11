using System.Globalization;
using System.Text.RegularExpressions;

namespace BilateralRelations.Core.Dates;

/// <summary>The step of a relative date.</summary>
public enum DateUnit
{
    Year,
    Month,
    Day,
}

/// <summary>A date told relative to an earlier one ("a year later"): <see cref="Amount"/> steps of <see cref="Unit"/> after it.</summary>
public sealed record RelativeDateMatch(int Index, int Length, string Text, int Amount, DateUnit Unit)
{
    public int End => Index + Length;

    /// <summary>
    /// The date this expression points to from <paramref name="anchor"/>, never more precise than the expression
    /// allows: a step in years gives a year, in months a month, in days a day; null when the anchor is too vague
    /// for the step ("the next day" after "2012").
    /// </summary>
    public FuzzyDate? From(FuzzyDate anchor)
    {
        if (anchor.End.Year + Amount + 1 > DateOnly.MaxValue.Year)
        {
            return null; // beyond the calendar
        }
        switch (Unit)
        {
            case DateUnit.Day when anchor.Precision == DatePrecision.Day && !anchor.IsRange:
                var day = anchor.End.AddDays(Amount);
                return FuzzyDate.Day(day.Year, day.Month, day.Day);
            case DateUnit.Month when anchor.Precision != DatePrecision.Year:
                var month = anchor.End.AddMonths(Amount);
                return FuzzyDate.Month(month.Year, month.Month);
            case DateUnit.Year:
                return FuzzyDate.Year(anchor.End.Year + Amount);
            default:
                return null;
        }
    }
}

/// <summary>
/// Finds the relative dates of the genre: "a year later", "two years later", "the following year", "later that
/// year", "the next month", "the following day". A vague one ("a few years later") is not a date.
/// </summary>
public static partial class RelativeDates
{
    private static readonly Dictionary<string, int> s_numbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
    };

    [GeneratedRegex(@"\b(?:(?<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?<unit>year|month|day)s?\s+later|(?:the\s+)?(?:following|next|subsequent)\s+(?<unit>year|month|day)|(?:the\s+)?(?<unit>year|month|day)\s+after(?=\s*[,.;]|\s+(?:that|this)\b)|(?:later|earlier)\s+(?:that|the\s+same)\s+(?<same>year)|(?:in\s+)?(?:that|the)\s+same\s+(?<same>year|month))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    public static IReadOnlyList<RelativeDateMatch> FindAll(string text)
    {
        var found = new List<RelativeDateMatch>();
        foreach (Match m in Relative().Matches(text))
        {
            var unitWord = (m.Groups["same"].Success ? m.Groups["same"].Value : m.Groups["unit"].Value).ToLowerInvariant();
            var n = m.Groups["same"].Success ? 0
                : !m.Groups["n"].Success ? 1
                : s_numbers.TryGetValue(m.Groups["n"].Value, out var word) ? word : int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            var unit = unitWord switch
            {
                "year" => DateUnit.Year,
                "month" => DateUnit.Month,
                _ => DateUnit.Day,
            };
            found.Add(new RelativeDateMatch(m.Index, m.Length, m.Value, n, unit));
        }
        return found;
    }
}

/// <summary>A day or days of a month written without the year ("On 2 March", "between 3 and 5 June"); the year is the one of the date written before it.</summary>
public sealed record YearlessDateMatch(int Index, int Length, string Text, int Month, int FirstDay, int LastDay)
{
    public int End => Index + Length;

    /// <summary>The day (or days) in the year of <paramref name="anchor"/>; null when the anchor spans several years or the day is not on the calendar.</summary>
    public FuzzyDate? From(FuzzyDate anchor)
    {
        if (anchor.Start.Year != anchor.End.Year || LastDay < FirstDay || LastDay > DateTime.DaysInMonth(anchor.Start.Year, Month))
        {
            return null;
        }
        var first = FuzzyDate.Day(anchor.Start.Year, Month, FirstDay);
        return LastDay == FirstDay ? first : FuzzyDate.Span(first, FuzzyDate.Day(anchor.Start.Year, Month, LastDay));
    }
}

/// <summary>
/// Finds days of a month written without a year, as a paragraph does after naming the year once ("Contacts
/// intensified in 2006. On 2 March, …, and between 3 and 5 June …"). Full month names only: "May 3" is rare
/// enough, but an abbreviation is too easily a word. A match that is part of a full date is the caller's to drop.
/// </summary>
public static partial class YearlessDates
{
    private const string Month = "(?<m>January|February|March|April|May|June|July|August|September|October|November|December)";
    private const string Days = @"(?<d1>\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:[-–—]|to|and)\s*(?<d2>\d{1,2})(?:st|nd|rd|th)?)?";

    [GeneratedRegex($@"(?<![\p{{L}}\d])(?:{Days}\s+(?:of\s+)?{Month}|{Month}\s+{Days})(?![\p{{L}}\d])(?!\s*,?\s*\d{{4}})(?!\s*[-–—])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Yearless();

    private static readonly string[] s_months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static IReadOnlyList<YearlessDateMatch> FindAll(string text)
    {
        var found = new List<YearlessDateMatch>();
        foreach (Match m in Yearless().Matches(text))
        {
            var first = int.Parse(m.Groups["d1"].Value, CultureInfo.InvariantCulture);
            var last = m.Groups["d2"].Success ? int.Parse(m.Groups["d2"].Value, CultureInfo.InvariantCulture) : first;
            if (first is < 1 or > 31 || last is < 1 or > 31)
            {
                continue;
            }
            found.Add(new YearlessDateMatch(m.Index, m.Length, m.Value, Array.IndexOf(s_months, m.Groups["m"].Value) + 1, first, last));
        }
        return found;
    }
}
