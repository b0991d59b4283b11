using BilateralRelations.Core.Text;

namespace BilateralRelations.Core.Extraction.People;

/// <summary>
/// Word lists embedded with the library: the generic vocabulary of office titles (title-words.txt: "minister",
/// "parliament") and the proper names of legislatures (legislatures.tsv: "Seimas", "Milli Majlis"), with the one
/// country a legislature belongs to when only one has that name. Neither is ever part of a person's name.
/// </summary>
public static class TitleWords
{
    private static readonly Lazy<HashSet<string>> s_titles = new(LoadTitles);
    private static readonly Lazy<Dictionary<string, string?>> s_legislatures = new(LoadLegislatures);
    /// <summary>The words of legislatures' names, less the ordinary ones of multi-word names ("State" of "State Duma").</summary>
    private static readonly Lazy<HashSet<string>> s_legislatureWords = new(() => s_legislatures.Value.Keys
        .SelectMany(k => k.Split(' ')).Where(w => !s_titles.Value.Contains(w) && w is not ("state" or "great" or "grand" or "national" or "lok" or "rajya" or "generales"))
        .ToHashSet(StringComparer.Ordinal));

    /// <summary>A generic title word: it never says which country by itself.</summary>
    public static bool Contains(string foldedWord) => s_titles.Value.Contains(foldedWord);

    /// <summary>A word of a legislature's proper name.</summary>
    public static bool IsLegislature(string foldedWord) => s_legislatureWords.Value.Contains(foldedWord);

    /// <summary>The ISO alpha-3 codes of the countries whose legislature <paramref name="text"/> names ("Speaker of the Seimas": LTU).</summary>
    public static IEnumerable<string> LegislatureCountries(string text)
    {
        var folded = $" {TextNormalizer.Fold(text)} ";
        foreach (var (name, iso3) in s_legislatures.Value)
        {
            if (iso3 is not null && folded.Contains($" {name} ", StringComparison.Ordinal))
            {
                yield return iso3;
            }
        }
    }

    private static HashSet<string> LoadTitles() => Lines("title-words.txt").ToHashSet(StringComparer.Ordinal);

    private static Dictionary<string, string?> LoadLegislatures() =>
        Lines("legislatures.tsv").Select(l => l.Split('\t')).ToDictionary(f => f[0], f => f.Length > 1 && f[1].Length > 0 ? f[1] : null, StringComparer.Ordinal);

    private static IEnumerable<string> Lines(string resource)
    {
        using var stream = typeof(TitleWords).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{resource} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0 && l[0] != '#').ToList();
    }
}
