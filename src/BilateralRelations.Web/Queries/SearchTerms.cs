using System.Globalization;
using System.Text;

namespace BilateralRelations.Web.Queries;

/// <summary>
/// What a person typed, as words for the full-text index: every run of letters, marks and digits is a word, and
/// everything else (quotes, <c>*</c>, <c>:</c>, parentheses, hyphens) only separates words, as the index's own
/// tokenizer does. Each word becomes a quoted prefix term (<c>"hung"*</c>) and all must match, in any order; so no
/// input can be read as FTS5 syntax (<c>NEAR</c>, <c>OR</c>, column filters) or make the query fail.
/// </summary>
public sealed class SearchTerms
{
    /// <summary>More words than anyone types for one fact; the rest are ignored (and said so).</summary>
    public const int MaxWords = 12;

    private SearchTerms(IReadOnlyList<string> words, bool truncated) => (Words, Truncated) = (words, truncated);

    /// <summary>The words, as typed (distinct, case-insensitively, in order).</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Whether words beyond <see cref="MaxWords"/> were left out.</summary>
    public bool Truncated { get; }

    public bool IsEmpty => Words.Count == 0;

    /// <summary>
    /// The FTS5 MATCH expression: every word a quoted prefix, joined by spaces (an implicit AND). A word of one
    /// letter or digit is matched whole: as a prefix it would match most of the index and find nothing useful.
    /// </summary>
    public string Match => string.Join(' ', Words.Select(w => w.EnumerateRunes().Count() > 1 ? $"\"{w}\"*" : $"\"{w}\""));

    public static SearchTerms Parse(string? text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var truncated = false;
        void Flush()
        {
            if (word.Length == 0)
            {
                return;
            }
            var w = word.ToString();
            word.Clear();
            // Marks alone are no word: the index drops them, and an empty phrase finds nothing useful.
            if (!w.EnumerateRunes().Any(Rune.IsLetterOrDigit) || words.Contains(w, StringComparer.OrdinalIgnoreCase))
            {
                return;
            }
            if (words.Count == MaxWords)
            {
                truncated = true;
                return;
            }
            words.Add(w);
        }
        foreach (var rune in (text ?? "").EnumerateRunes())
        {
            if (IsWordPart(rune))
            {
                word.Append(rune.ToString());
            }
            else
            {
                Flush();
            }
        }
        Flush();
        return new SearchTerms(words, truncated);
    }

    /// <summary>Letters, digits and combining marks ("Orba\u0301n" is one word), as the unicode61 tokenizer reads them.</summary>
    private static bool IsWordPart(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        _ => false,
    };
}
