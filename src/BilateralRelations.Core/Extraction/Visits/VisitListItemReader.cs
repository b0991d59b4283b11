using System.Text.RegularExpressions;
using BilateralRelations.Core.Dates;
using BilateralRelations.Core.Facts;

namespace BilateralRelations.Core.Extraction.Visits;

/// <summary>
/// Reads a visit list item in any of the genre's shapes: "4–5 December 1994 - President of Azerbaijan Heydar Aliyev's
/// working visit", "July 10–11, 2017: State visit of President X to Warsaw", "Minister X visited Y (3 May 2015)",
/// "March 2015 – Georgian Foreign Minister X in Warsaw". A line that cannot be a complete visit is a diagnostic.
/// </summary>
public static partial class VisitListItemReader
{
    /// <summary>
    /// What may come before the date of a date column: "On 3 May 2015", and a part of the year, which the date then
    /// covers whole ("late 2022", "in the spring of 2011", "mid-2015": the year, never a guessed month).
    /// </summary>
    [GeneratedRegex(@"^(?:(?:on|in|from|between|around|circa|c\.)\s+)?(?:(?:the\s+)?(?:early|late|mid|spring|summer|autumn|fall|winter)(?:\s+of)?(?:\s+|-))?", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingPreposition();

    [GeneratedRegex(@"^[\s\-–—:,;.]+")]
    private static partial Regex LeadingSeparator();

    [GeneratedRegex(@"\s(?:-|–|—)\s|:\s")]
    private static partial Regex ColumnSeparator();

    [GeneratedRegex(@"\((?<note>[^()]*)\)")]
    private static partial Regex Parenthesis();

    [GeneratedRegex(@"\s(?:on|in|from)\s*(?=$|[,.;])|\(\s*\)|\s(?:on|in)\s+(?=,)")]
    private static partial Regex EmptyPreposition();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    /// <summary>Parses a visit line; returns null and reports a diagnostic when the line cannot be a complete visit.</summary>
    public static VisitLine? Read(string text, int line, string source, ArticleContext context)
    {
        var (date, rest) = ReadDate(text, line, source, context);
        if (date is null)
        {
            return null;
        }
        var purposes = new List<string>();
        var countryNotes = new List<(int At, string Country)>();
        rest = Parenthesis().Replace(rest, m =>
        {
            var note = m.Groups["note"].Value.Trim();
            if (context.CountryOfPlace(note) is not null)
            {
                countryNotes.Add((m.Index, note)); // "Heidi Hautala (Finland)": that person's country
                return " ";
            }
            if (note.Length > 0 && DateFinder.FindAll(note).Count == 0)
            {
                purposes.Add(note);
            }
            return " ";
        });
        rest = Spaces().Replace(rest, " ").Trim();
        var (delegation, afterPeople) = DelegationReader.Read(rest, context);
        foreach (var (at, country) in countryNotes)
        {
            var owner = delegation.LastOrDefault(d => rest.IndexOf(d.Name, StringComparison.Ordinal) is >= 0 and var i && i < at);
            if (owner is not null)
            {
                delegation[delegation.IndexOf(owner)] = owner with { Title = $"{owner.Title} ({country})".Trim() };
            }
        }
        if (delegation.Count == 0)
        {
            context.Report(line, DiagnosticSeverity.Warning, "A dated line in a visits section names no person; it was not read as a visit.", source);
            return null;
        }
        var destination = DestinationReader.Read(rest, context) ?? DestinationReader.Read(afterPeople, context);
        var description = rest.Trim().TrimEnd('.', ';', ',').Trim();
        return new VisitLine(date.Value, VisitKindReader.Read(rest), delegation, purposes.Count > 0 ? string.Join("; ", purposes) : null, destination, description);
    }

    private static (FuzzyDate? Date, string Remainder) ReadDate(string text, int line, string source, ArticleContext context)
    {
        var dates = DateFinder.FindAll(text);
        var leading = LeadingPreposition().Match(text).Length;
        var first = dates.FirstOrDefault();
        if (first is not null && first.Index <= leading)
        {
            // The date column: "4–5 December 1994 - …", "On 3 May 2015, …".
            if (first.Date is null)
            {
                context.Report(line, DiagnosticSeverity.Error, $"Impossible date: {first.Error}; the line was not imported.", source);
                return (null, text);
            }
            return (first.Date, LeadingSeparator().Replace(text[first.End..], ""));
        }
        var column2 = ColumnSeparator().Match(text);
        if (column2.Success && column2.Index < 30 && (text[..column2.Index].Any(char.IsDigit) || dates.Count == 0 && LooksLikeDateColumn(text[..column2.Index])))
        {
            context.Report(line, DiagnosticSeverity.Error, $"Cannot read the date '{text[..column2.Index].Trim()}'; the line was not imported.", source);
            return (null, text);
        }
        var anywhere = dates.FirstOrDefault(d => d.Date is not null);
        var broken = dates.FirstOrDefault(d => d.Date is null);
        if (anywhere is null)
        {
            if (broken is not null)
            {
                context.Report(line, DiagnosticSeverity.Error, $"Impossible date: {broken.Error}; the line was not imported.", source);
            }
            else
            {
                context.Report(line, DiagnosticSeverity.Warning, "A visit line without a date; it was not imported.", source);
            }
            return (null, text);
        }
        var rest = (text[..anywhere.Index] + " " + text[anywhere.End..]).Trim();
        return (anywhere.Date, EmptyPreposition().Replace(rest, " ").Trim());
    }

    /// <summary>A short first column of one or two words before a dash, like "Smarch 2012" or "Early spring".</summary>
    private static bool LooksLikeDateColumn(string column) => column.Trim().Split(' ').Length <= 2;
}
