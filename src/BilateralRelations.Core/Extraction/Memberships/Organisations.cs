using BilateralRelations.Core.Text;

namespace BilateralRelations.Core.Extraction.Memberships;

/// <summary>
/// The international organisations of the embedded organisations.tsv, by abbreviation and by name, so that "EU"
/// and "European Union" are one organisation and "NATO" or "Mercosur" are never read as a person or a place.
/// </summary>
public static class Organisations
{
    private static readonly Lazy<Dictionary<string, string>> s_canonical = new(Load);

    /// <summary>True when <paramref name="name"/> is an organisation of the list, by any of its names.</summary>
    public static bool IsKnown(string name) => s_canonical.Value.ContainsKey(Key(name));

    /// <summary>One key per organisation however it is written: its full name, folded; an unknown name folded as it is.</summary>
    public static string Canonical(string name) => s_canonical.Value.GetValueOrDefault(Key(name)) ?? Key(name);

    private static string Key(string name)
    {
        var key = TextNormalizer.Fold(name.Trim());
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }

    private static Dictionary<string, string> Load()
    {
        using var stream = typeof(Organisations).Assembly.GetManifestResourceStream("organisations.tsv")
            ?? throw new InvalidOperationException("organisations.tsv is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in reader.ReadToEnd().Split('\n').Where(l => l.Length > 0 && l[0] != '#'))
        {
            var fields = line.TrimEnd('\r').Split('\t');
            var canonical = TextNormalizer.Fold(fields[1]);
            foreach (var name in fields.Take(2).Concat(fields.Length > 2 ? fields[2].Split('|') : []).Where(n => n.Length > 0))
            {
                names.TryAdd(Key(name), canonical);
            }
        }
        return names;
    }
}
