namespace BilateralRelations.Core.Extraction;

/// <summary>The generic vocabulary of office titles (embedded title-words.txt).</summary>
public static class TitleWords
{
    private static readonly Lazy<HashSet<string>> s_words = new(Load);

    public static bool Contains(string foldedWord) => s_words.Value.Contains(foldedWord);

    private static HashSet<string> Load()
    {
        using var stream = typeof(TitleWords).Assembly.GetManifestResourceStream("title-words.txt")
            ?? throw new InvalidOperationException("title-words.txt is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && l[0] != '#')
            .ToHashSet(StringComparer.Ordinal);
    }
}
