using System.Text.RegularExpressions;
using BilateralRelations.Core.Countries;

namespace BilateralRelations.Core.Articles;

/// <summary>Reads the two countries from a title: "Azerbaijan–Hungary relations", "Chile and New Zealand relations".</summary>
public static partial class TitleCountries
{
    [GeneratedRegex(@"\s+relations?$", RegexOptions.IgnoreCase)]
    private static partial Regex RelationsSuffix();

    [GeneratedRegex(@"^relations\s+between\s+", RegexOptions.IgnoreCase)]
    private static partial Regex RelationsPrefix();

    /// <summary>Whether <paramref name="title"/> is worded as a relation ("… relations", "Relations between …").</summary>
    public static bool NamesRelation(string title) => RelationsSuffix().IsMatch(title.Trim()) || RelationsPrefix().IsMatch(title.Trim());

    public static (Country A, Country B)? Read(string title, CountryCatalog catalog)
    {
        var pair = RelationsPrefix().Replace(RelationsSuffix().Replace(title.Trim(), ""), "");
        // Prefer the unambiguous separators; a plain hyphen may also sit inside a name ("Guinea-Bissau").
        foreach (var separator in new[] { "–", "—", " and ", " & ", "/", "-" })
        {
            var candidates = Splits(pair, separator).ToList();
            var known = candidates.FirstOrDefault(c => catalog.FindByName(c.Left) is not null && catalog.FindByName(c.Right) is not null);
            if (known != default)
            {
                return (catalog.FindByName(known.Left)!, catalog.FindByName(known.Right)!);
            }
            if (candidates.Count == 1 && separator != "-")
            {
                var (left, right) = candidates[0];
                return (catalog.FindByName(left) ?? Country.Unlisted(left), catalog.FindByName(right) ?? Country.Unlisted(right));
            }
        }
        var hyphen = Splits(pair, "-").ToList();
        return hyphen.Count == 1
            ? (catalog.FindByName(hyphen[0].Left) ?? Country.Unlisted(hyphen[0].Left), catalog.FindByName(hyphen[0].Right) ?? Country.Unlisted(hyphen[0].Right))
            : null;
    }

    private static IEnumerable<(string Left, string Right)> Splits(string text, string separator)
    {
        for (var i = text.IndexOf(separator, StringComparison.Ordinal); i > 0; i = text.IndexOf(separator, i + 1, StringComparison.Ordinal))
        {
            var left = text[..i].Trim();
            var right = text[(i + separator.Length)..].Trim();
            if (left.Length > 0 && right.Length > 0)
            {
                yield return (left, right);
            }
        }
    }
}
