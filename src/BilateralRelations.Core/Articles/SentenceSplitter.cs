using System.Text.RegularExpressions;

namespace BilateralRelations.Core.Articles;

/// <summary>Splits a line into sentences without breaking at initials ("V. Nagy"), titles ("Mr.") or abbreviations.</summary>
public static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "no", "nos", "vs", "etc", "e.g", "i.e", "jr", "sr", "gen", "col", "lt", "prof", "h.e", "approx", "ca", "kft", "inc", "ltd", "co",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    [GeneratedRegex(@"(?<=[.!?…])[""”’)]?\s+(?=[\p{Lu}\d“""‘(])")]
    private static partial Regex Boundary();

    public static IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        foreach (Match m in Boundary().Matches(text))
        {
            var candidate = text[start..m.Index];
            var lastWord = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.TrimEnd('.') ?? "";
            // "V. Nagy", "E.Mammadyarov", and two-letter abbreviations of a name such as "Guðni Th. Jóhannesson".
            var isInitial = lastWord.Length == 1 || (lastWord.Length > 1 && lastWord[^2] == '.')
                || (lastWord.Length == 2 && char.IsUpper(lastWord[0]) && char.IsLower(lastWord[1]));
            if (isInitial || Abbreviations.Contains(lastWord))
            {
                continue;
            }
            sentences.Add(candidate.Trim());
            start = m.Index + m.Length;
        }
        var last = text[start..].Trim();
        if (last.Length > 0)
        {
            sentences.Add(last);
        }
        return sentences;
    }
}
