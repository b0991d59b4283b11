using BilateralRelations.Core.Text;

namespace BilateralRelations.Core.Extraction.People;

/// <summary>
/// Decides whether two spellings name the same person: "Péter Szijjártó" and "Peter Sijjarto" do (same given
/// name, surnames one letter apart); "N.Aliyev" and "Ilham Aliyev" do not (the initial differs).
/// </summary>
public sealed record PersonName(string Surname, IReadOnlyList<string> Given)
{
    public static PersonName Parse(string name)
    {
        var parts = TextNormalizer.Fold(name)
            .Replace(".", ". ", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.TrimEnd('.'))
            .Where(p => p.Length > 0)
            .ToList();
        return parts.Count == 0 ? new PersonName("", []) : new PersonName(parts[^1], parts[..^1]);
    }

    public bool IsSamePersonAs(PersonName other) =>
        Surname.Length > 0 && SurnamesClose(Surname, other.Surname) && GivenCompatible(Given, other.Given);

    /// <summary>True when the given name is written out, not just an initial.</summary>
    public bool HasFullGivenName => Given.Count > 0 && Given[0].Length > 1;

    private static bool SurnamesClose(string a, string b)
    {
        if (a == b)
        {
            return true;
        }
        var shorter = Math.Min(a.Length, b.Length);
        var distance = Levenshtein(a, b);
        return (shorter >= 6 && distance <= 1) || (shorter >= 9 && distance <= 2);
    }

    private static bool GivenCompatible(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return false;
        }
        var (x, y) = (a[0], b[0]);
        if (x.Length == 1 || y.Length == 1)
        {
            return x[0] == y[0];
        }
        return x == y || (Math.Min(x.Length, y.Length) >= 5 && Levenshtein(x, y) <= 1);
    }

    internal static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
