using System.Text.RegularExpressions;

namespace BilateralRelations.Core.Extraction.People;

/// <summary>A person as a line writes them: the title before the name, an honorific, and the name.</summary>
public sealed record PersonMention(string Title, string? Honorific, string Name);

/// <summary>
/// Splits "Minister of Foreign Affairs of Hungary Mrs. K.Qonts" into title, honorific and name. The name is the
/// run of capitalised words at the end that are not title, institution or country words: at most four full words,
/// plus initials ("Y. Koka", "X.Xalafov", "V.Nagy Vilmos") and particles ("von der").
/// </summary>
public static partial class NameSplitter
{
    private const int MaxNameWords = 4;

    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "H.E.", "HE", "Sir", "Dame", "Madam", "Prof", "Prof.", "Professor",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "bin", "ibn", "al", "el", "le", "la", "dos", "das", "zu", "ter",
    };

    [GeneratedRegex(@"^[IVX]$")]
    private static partial Regex RegnalNumber();

    [GeneratedRegex(@"^\p{Lu}\.$")]
    private static partial Regex Initial();

    [GeneratedRegex(@"^(?:\p{Lu}\.)+\s?\p{Lu}[\p{L}'’\-]+$")]
    private static partial Regex JoinedInitial();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’\-]*\p{L}$")]
    private static partial Regex NameWord();

    [GeneratedRegex(@"(?:'s|’s|'|’)$")]
    private static partial Regex Possessive();

    /// <summary>True when the word before position <paramref name="start"/> continues a capitalised run that began after "the".</summary>
    private static bool StartsInstitution(List<string> tokens, int start, ArticleContext context)
    {
        var i = start - 1;
        if (tokens[i] is "the" or "The")
        {
            return true; // "Speaker of the Eduskunta Paula Risikko": no name follows "the".
        }
        if (!char.IsUpper(tokens[i][0]) || context.CountryOfPlace(tokens[i]) is not null || context.IsTitleWord(tokens[i]))
        {
            return false;
        }
        while (i > 0 && char.IsUpper(tokens[i - 1][0]))
        {
            i--;
        }
        return i > 0 && tokens[i - 1] is "the" or "The";
    }

    public static PersonMention? Split(string phrase, ArticleContext context)
    {
        var tokens = phrase.Trim().TrimEnd('.', ',', ';', ':').Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (tokens.Count == 0)
        {
            return null;
        }
        tokens[^1] = Possessive().Replace(tokens[^1], "");
        var start = tokens.Count;
        var words = 0;
        var hasName = false;
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            var t = tokens[i];
            if (JoinedInitial().IsMatch(t) && !Honorifics.Contains(t))
            {
                start = i;
                hasName = true;
                break;
            }
            // "King Harald V": a regnal number ends the name, when a name word comes before it ("Mswati III" passes as a word).
            if (i == tokens.Count - 1 && i > 0 && RegnalNumber().IsMatch(t) && NameWord().IsMatch(tokens[i - 1]) && !context.IsTitleWord(tokens[i - 1]))
            {
                start = i;
                continue;
            }
            if (Initial().IsMatch(t) && start < tokens.Count)
            {
                start = i;
                continue;
            }
            // "Mayor of Budapest Gergely Karácsony": a place before a name of two words or more ends it ("Santiago
            // Cafiero" keeps its first name, which is also a capital).
            if (words >= 2 && t.TrimEnd(',').Split('-').Any(context.IsPlace))
            {
                break;
            }
            if (NameWord().IsMatch(t) && !Honorifics.Contains(t) && !context.IsTitleWord(t) && words < MaxNameWords)
            {
                start = i;
                words++;
                hasName = true;
                continue;
            }
            if (Particles.Contains(t) && start < tokens.Count && i > 0 && NameWord().IsMatch(tokens[i - 1]) && !context.IsTitleWord(tokens[i - 1]))
            {
                start = i;
                continue;
            }
            break;
        }
        while (start < tokens.Count && Particles.Contains(tokens[start]))
        {
            start++;
        }
        if (words == MaxNameWords && start > 0 && StartsInstitution(tokens, start, context))
        {
            // "the Jogorku Kenesh Omurbek Tekebayev", "the State Great Khural Danzangiin Lündeejantsan": the
            // capitalised run goes on before the longest name, so its first word belongs to the institution.
            start++;
        }
        if (!hasName || start >= tokens.Count)
        {
            return null;
        }
        var titleTokens = tokens[..start];
        string? honorific = null;
        if (titleTokens.Count > 0 && Honorifics.Contains(titleTokens[^1]))
        {
            honorific = titleTokens[^1];
            titleTokens.RemoveAt(titleTokens.Count - 1);
        }
        if (words == 1 && start > 0 && tokens[start - 1] is "of" or "for" or "and" or "from" or "in" or "at" or "to" && !tokens[start..].Any(t => Initial().IsMatch(t) || JoinedInitial().IsMatch(t)))
        {
            return null; // "Minister of Planning": one capitalised word after "of" ends a title, it is not a name.
        }
        var title = string.Join(' ', titleTokens).Trim().TrimEnd(',', ';', ':').Trim();
        return new PersonMention(title, honorific, string.Join(' ', tokens[start..]));
    }
}
