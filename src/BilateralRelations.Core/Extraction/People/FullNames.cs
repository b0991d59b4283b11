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
        var pattern = new Regex($@"\b(?<given>\p{{Lu}}\p{{L}}+)\s+(?:\p{{Lu}}\p{{L}}+\s+)?{Regex.Escape(surname)}\b", RegexOptions.CultureInvariant);
        return article.Blocks
            .SelectMany(b => pattern.Matches(b.Text))
            .Select(m => m.Value)
            .Where(full => PersonName.Parse(full) is { HasFullGivenName: true } parsed && parsed.IsSamePersonAs(name)
                && TextNormalizer.Fold(full)[0] == name.Given[0][0])
            .Distinct(StringComparer.Ordinal);
    }
}
