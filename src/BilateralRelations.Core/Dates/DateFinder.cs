using System.Globalization;
using System.Text.RegularExpressions;

namespace BilateralRelations.Core.Dates;

/// <summary>
/// One date expression found in a text. <see cref="Date"/> is null when the text looks like a date
/// but cannot be one ("31 February 2010"); <see cref="Error"/> then says why.
/// </summary>
public sealed record DateMatch(int Index, int Length, string Text, FuzzyDate? Date, string? Error)
{
    public int End => Index + Length;
}

/// <summary>
/// Finds the date expressions of the genre in free text: single days, day/month/year ranges,
/// day-month-year and month-day-year orders, months and bare years.
/// </summary>
public static partial class DateFinder
{
    private const string Month =
        "(?:January|February|March|April|May|June|July|August|September|October|November|December|" +
        "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";

    // Longest forms first: the regex engine takes the first alternative that matches at a position.
    private const string Pattern =
        @"(?<![\p{L}\d])(?:" +
        $@"(?<d1>\d{{1,2}})(?:st|nd|rd|th)?\s(?<m1>{Month}),?\s(?<y1>\d{{4}}){Dash}(?<d2>\d{{1,2}})(?:st|nd|rd|th)?\s(?<m2>{Month}),?\s(?<y2>\d{{4}})" +
        $@"|(?<d1>\d{{1,2}})(?:st|nd|rd|th)?\s(?<m1>{Month}){Dash}(?<d2>\d{{1,2}})(?:st|nd|rd|th)?\s(?<m2>{Month}),?\s(?<y2>\d{{4}})" +
        $@"|(?<d1>\d{{1,2}})(?:st|nd|rd|th)?{Dash}(?<d2>\d{{1,2}})(?:st|nd|rd|th)?\s(?<m2>{Month}),?\s(?<y2>\d{{4}})" +
        $@"|(?<d2>\d{{1,2}})(?:st|nd|rd|th)?\s(?:of\s)?(?<m2>{Month}),?\s(?<y2>\d{{4}})" +
        $@"|(?<m1>{Month})\s(?<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s(?<y1>\d{{4}}){Dash}(?<m2>{Month})\s(?<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s(?<y2>\d{{4}})" +
        $@"|(?<m1>{Month})\s(?<d1>\d{{1,2}})(?:st|nd|rd|th)?{Dash}(?<m2>{Month})\s(?<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s(?<y2>\d{{4}})" +
        $@"|(?<m2>{Month})\s(?<d1>\d{{1,2}})(?:st|nd|rd|th)?{Dash}(?<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s(?<y2>\d{{4}})" +
        $@"|(?<m2>{Month})\s(?<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s(?<y2>\d{{4}})" +
        $@"|(?<m1>{Month})\s(?<y1>\d{{4}}){Dash}(?<m2>{Month})\s(?<y2>\d{{4}})" +
        $@"|(?<m1>{Month}){Dash}(?<m2>{Month}),?\s(?<y2>\d{{4}})" +
        $@"|(?<m2>{Month}),?\s(?<y2>\d{{4}})" +
        @"|(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2})" +
        $@"|(?<y2>\d{{4}}),\s(?<d1>\d{{1,2}})(?:st|nd|rd|th)?\s(?<m1>{Month}){Dash}(?<d2>\d{{1,2}})(?:st|nd|rd|th)?\s(?<m2>{Month})" +
        $@"|(?<y2>\d{{4}}),\s(?<d1>\d{{1,2}})(?:st|nd|rd|th)?{Dash}(?<d2>\d{{1,2}})(?:st|nd|rd|th)?\s(?:of\s)?(?<m2>{Month})" +
        $@"|(?<y2>\d{{4}}),\s(?<d2>\d{{1,2}})(?:st|nd|rd|th)?\s(?:of\s)?(?<m2>{Month})" +
        $@"|(?<y2>\d{{4}}),\s(?<m2>{Month})\s(?<d1>\d{{1,2}})(?:st|nd|rd|th)?{Dash}(?<d2>\d{{1,2}})(?:st|nd|rd|th)?" +
        $@"|(?<y2>\d{{4}}),\s(?<m2>{Month})\s(?<d2>\d{{1,2}})(?:st|nd|rd|th)?" +
        $@"|(?<y2>\d{{4}})\s(?<m2>{Month})\s(?<d2>\d{{1,2}})(?:st|nd|rd|th)?" +
        $@"|(?<y2>\d{{4}})\s(?<m2>{Month})(?!\s?\d)" +
        $@"|(?<y1>\d{{4}}){Dash}(?<y2>\d{{4}})" +
        @"|(?<y2>\d{4})" +
        @")(?![\d\p{L}])(?!,\d)(?!\.\d)(?!\s*(?:%|per\s?cent|million|billion|thousand|km|kilomet|euro|dollar|people|students|tonnes|m\b))";

    private const string Dash = @"\s*(?:[-–—‐‑]|to|until)\s*";

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DateRegex();

    // "between 18 July and 31 August 1940": the "and" of a range, rewritten to a dash of the same length so that
    // positions in the text stay right.
    [GeneratedRegex($@"(?<=\b[Bb]etween\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{Month}\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(?:\d{{4}}\s+)?)and(?=\s+(?:\d|{Month}))")]
    private static partial Regex BetweenAnd();

    /// <summary>Every date expression in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<DateMatch> FindAll(string text)
    {
        var found = new List<DateMatch>();
        var scanned = text.Contains("etween", StringComparison.Ordinal) ? BetweenAnd().Replace(text, " – ") : text;
        foreach (Match m in DateRegex().Matches(scanned))
        {
            if (IsBareNumberNotYear(text, m))
            {
                continue;
            }
            var (date, error) = Interpret(m);
            found.Add(new DateMatch(m.Index, m.Length, text.Substring(m.Index, m.Length), date, error));
        }
        return found;
    }

    /// <summary>
    /// Reads <paramref name="text"/> as one date expression and nothing else, e.g. the date column of a list item.
    /// </summary>
    public static DateMatch? ParseExact(string text)
    {
        var trimmed = text.Trim().TrimEnd(':', ',', ';');
        var all = FindAll(trimmed);
        return all.Count == 1 && all[0].Index == 0 && all[0].Length == trimmed.Length ? all[0] : null;
    }

    private static bool IsBareNumberNotYear(string text, Match m)
    {
        if (!m.Groups["y2"].Success || m.Groups["m2"].Success || m.Groups["y1"].Success)
        {
            return false;
        }
        var year = int.Parse(m.Groups["y2"].Value, CultureInfo.InvariantCulture);
        var after = text[(m.Index + m.Length)..];
        if (year > 2100 || (m.Index > 0 && text[m.Index - 1] is ',' or '.' or '$' or '€' or '£') || Era().IsMatch(after) && after.TrimStart().StartsWith('B'))
        {
            return true;
        }
        // Counts and amounts ("1500 troops", "40,460 forints") are not years. Inside the span of modern diplomacy a
        // bare four-digit number is a year; before it, only where the words say so ("in 1472", "by 1259", "1472 AD").
        return year < 1700 && !YearWordBefore().IsMatch(text[..m.Index]) && !Era().IsMatch(after);
    }

    [GeneratedRegex(@"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Ff]rom|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Yy]ear|[Cc]irca|c\.|[Ee]arly|[Ll]ate|[Mm]id-?)\s*$")]
    private static partial Regex YearWordBefore();

    [GeneratedRegex(@"^\s?(?:AD|CE|A\.D\.|BC|BCE|B\.C\.)(?!\p{L})")]
    private static partial Regex Era();

    private static (FuzzyDate? Date, string? Error) Interpret(Match m)
    {
        try
        {
            if (m.Groups["iy"].Success)
            {
                return (FuzzyDate.Day(Int(m, "iy"), Int(m, "im"), Int(m, "id")), null);
            }
            var endYear = Int(m, "y2");
            var startYear = m.Groups["y1"].Success ? Int(m, "y1") : endYear;
            var last = Point(endYear, m.Groups["m2"], m.Groups["d2"]);
            if (!m.Groups["d1"].Success && !m.Groups["m1"].Success && !m.Groups["y1"].Success)
            {
                return (last, null);
            }
            var firstMonth = m.Groups["m1"].Success ? m.Groups["m1"] : m.Groups["m2"];
            var first = Point(startYear, firstMonth, m.Groups["d1"]);
            if (first.Start > last.Start)
            {
                return (null, $"'{m.Value}' ends before it starts");
            }
            return (FuzzyDate.Span(first, last), null);
        }
        catch (ArgumentOutOfRangeException)
        {
            return (null, $"'{m.Value}' is not a date on the calendar");
        }
    }

    private static FuzzyDate Point(int year, Group month, Group day)
    {
        if (!month.Success)
        {
            return FuzzyDate.Year(year);
        }
        var monthNumber = MonthNumber(month.Value);
        return day.Success
            ? FuzzyDate.Day(year, monthNumber, int.Parse(day.Value, CultureInfo.InvariantCulture))
            : FuzzyDate.Month(year, monthNumber);
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static readonly string[] MonthPrefixes =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static int MonthNumber(string name) =>
        Array.IndexOf(MonthPrefixes, name[..3].ToLowerInvariant()) + 1;
}
