using System.Text.RegularExpressions;
using BilateralRelations.Core.Articles;
using BilateralRelations.Core.Text;

namespace BilateralRelations.Core.Extraction.People;

/// <summary>
/// Finds, for a name written with an initial ("R.Plevneliev"), the full names of the article that fit it
/// ("Bulgarian President Rosen Plevneliev" in another paragraph): same surname, a given name with that initial.
/// </summary>
public static class FullNames
{
    public static IEnumerable<string> Fitting(string initialled, Article article)
    {
        var name = PersonName.Parse(initialled);
        if (name.HasFullGivenName || name.Given.Count == 0 || name.Surname.Length < 3)
        {
            return [];
        }
        var surname = initialled.Split(['.', ' '], StringSplitOptions.RemoveEmptyEntries)[^1];
        var pattern = new Regex($@"\b(?<before>(?:\p{{Lu}}\p{{L}}+\s+){{1,3}}){Regex.Escape(surname)}\b", RegexOptions.CultureInvariant);
        return article.Blocks
            .SelectMany(b => pattern.Matches(b.Text))
            .Select(m => FromInitial(m.Groups["before"].Value, name.Given[0][0]) is { } given ? $"{given}{surname}" : null)
            .OfType<string>()
            .Where(full => PersonName.Parse(full) is { HasFullGivenName: true } parsed && parsed.IsSamePersonAs(name))
            .Distinct(StringComparer.Ordinal);
    }

    /// <summary>The full names of the article that end with <paramref name="surname"/> ("Recep Tayyip Erdoğan" for "Erdoğan").</summary>
    public static IEnumerable<string> Surnamed(string surname, Article article)
    {
        if (surname.Contains(' ', StringComparison.Ordinal) || surname.Length < 3)
        {
            return [];
        }
        var pattern = new Regex($@"\b(?:\p{{Lu}}\p{{L}}+\s+){{1,3}}{Regex.Escape(surname)}\b", RegexOptions.CultureInvariant);
        return article.Blocks.SelectMany(b => pattern.Matches(b.Text)).Select(m => m.Value).Distinct(StringComparer.Ordinal);
    }

    /// <summary>"Bulgarian President Rosen " → "Rosen ": the words from the first that starts with the initial.</summary>
    private static string? FromInitial(string words, char initial)
    {
        var parts = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = Array.FindIndex(parts, p => TextNormalizer.Fold(p)[0] == initial);
        return first < 0 ? null : string.Join(' ', parts[first..]) + " ";
    }
}
