using System.Text.RegularExpressions;
using BilateralRelations.Core.Extraction.People;

namespace BilateralRelations.Core.Extraction.Visits;

/// <summary>
/// Reads who visited from the words of a visit: "President of Azerbaijan Heydar Aliyev's working visit",
/// "Minister X, State Secretary Y and Z", "a delegation of the Czech Chamber of Deputies led by Jan Hamáček",
/// "State visit of President X to Budapest". Each person keeps the title written before the name; what is not a
/// person (a place, an institution, an organisation) is never one.
/// </summary>
public static partial class DelegationReader
{
    private const string Place = Patterns.Place;

    [GeneratedRegex($@"^(?:an?\s+)?(?:(?:official|working|state|private|unofficial|high-level|return)\s+)?visits?\s+(?:to\s+(?:the\s+)?{Place}\s+)?(?:of|by)\s+(?:the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex VisitOfPrefix();

    [GeneratedRegex(@"(?:'s|’s)?\s+(?:(?:an?|the|his|her|their|official|working|state|private|unofficial|first|second|high-level|return)\s+)*(?:visit|visits|visited|paid|pays|made|makes|arrived|arrives|met|meets|attended|attends|held|holds|travell?ed|went|came|led|leads|was|were|received|opened|opens|inaugurated|inaugurates|signed|signs|participated|participates|took|takes|addressed|addresses|laid|lays|delivered|delivers)\b.*$|(?:'s|’s)\s+\p{Ll}.*$")]
    private static partial Regex VerbTail();

    [GeneratedRegex($@"\s+(?:in|to)\s+(?:the\s+)?{Place}\s*$")]
    private static partial Regex TrailingPlacePhrase();

    /// <summary>A royal title right before a name: its "of X" after the name is a house or realm ("Princess Mako of Akishino").</summary>
    [GeneratedRegex(@"\b(?:Prince|Princess|King|Queen|Duke|Duchess|Emperor|Empress|Emir|Sultan|Infanta|Infante|Archduke|Archduchess)$")]
    private static partial Regex RoyalTitleEnd();

    [GeneratedRegex(@",\s+|;\s+|\s+and\s+|\s+&\s+")]
    private static partial Regex DelegationSeparator();

    [GeneratedRegex(@"[;:]\s*(?:an?\s+)?(?:(?:official|working|state|private)\s+)?visits?\s+(?:of|by)\s+(?:the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex VisitOfInside();

    [GeneratedRegex(@"(?<delegation>(?:an?\s+|the\s+)?(?:[\p{L}\-]+\s+){0,10}?)(?:led|headed)\s+by\s+(?<people>.+)$")]
    private static partial Regex LedBy();

    [GeneratedRegex(@",?\s(?:in|at|to|for|during|on|with|together with|accompanied by|who|which|where|as part of)\s")]
    private static partial Regex AdverbialStart();

    [GeneratedRegex($@"^,?\s*of\s+(?:the\s+)?(?<place>{Place})")]
    private static partial Regex OfPlace();

    [GeneratedRegex($@"\s+of\s+(?:the\s+)?(?<place>{Place})$")]
    private static partial Regex OfPlaceAfterName();

    /// <summary>The people of <paramref name="text"/>, and what follows them ("in Tbilisi, together with …").</summary>
    public static (List<PersonMention> People, string Remainder) Read(string text, ArticleContext context)
    {
        var people = text.Trim();
        if (VisitOfInside().Match(people) is { Success: true } inside)
        {
            people = people[(inside.Index + inside.Length)..]; // "political consultations; visit by Deputy Foreign Minister X"
        }
        people = VisitOfPrefix().Replace(people, "");
        // The pattern tries up to ten words at every position of the line; it needs "led" or "headed", which most lines lack.
        var ledBy = people.Contains("led", StringComparison.Ordinal) || people.Contains("headed", StringComparison.Ordinal) ? LedBy().Match(people) : Match.Empty;
        if (ledBy.Success)
        {
            // "delegation of the Czech Chamber of Deputies led by Jan Hamáček": the delegation names the side.
            var led = Read(ledBy.Groups["people"].Value, context);
            var delegation = ledBy.Groups["delegation"].Value.Trim().TrimEnd(',');
            // A delegate whose own title names no country takes the delegation's: "its Speaker" of "a delegation of the Saeima".
            return (led.People.Select(p => delegation.Length == 0 ? p
                : p.Title.Length == 0 ? p with { Title = $"head of {delegation}" }
                : context.SingleCountryIn(p.Title) is null && context.SingleCountryIn(delegation) is not null ? p with { Title = $"{p.Title}, head of {delegation}" }
                : p).ToList(), led.Remainder);
        }
        people = VerbTail().Replace(people, "");
        people = TrailingPlacePhrase().Replace(people, "");
        (people, var afterPeople) = CutAdverbial(people.Trim().TrimEnd('.', ';', ',', ':').Trim(), context);
        if (afterPeople.Length == 0 && OfPlaceAfterName().Match(people) is { Success: true } ofTail
            && NameSplitter.Split(people[..ofTail.Index], context) is { } beforeOf
            && (context.CountryOfPlace(ofTail.Groups["place"].Value) is not null || RoyalTitleEnd().IsMatch(beforeOf.Title)))
        {
            // "Princess Mako of Akishino", "King Harald V of Norway": a royal's territorial designation, not a surname.
            // "Prime Minister Saâdeddine El Othmani of Morocco": the country after the name belongs to the title.
            (people, afterPeople) = (people[..ofTail.Index], people[ofTail.Index..]);
        }

        // Split at commas and "and"; a piece without a name ("Head of the commission between A and B")
        // belongs to the title of the next person, so it is glued back on.
        var pieces = DelegationSeparator().Split(people);
        var separators = DelegationSeparator().Matches(people).Select(m => m.Value).ToList();
        var mentions = new List<PersonMention>();
        var pending = "";
        for (var i = 0; i < pieces.Length; i++)
        {
            var piece = pending + pieces[i];
            var mention = NameSplitter.Split(piece, context);
            if (mention is null && i == pieces.Length - 1 && mentions.Count > 0 && separators[i - 1].StartsWith(',') && context.SingleCountryIn(piece) is not null)
            {
                // "His Majesty Mohamed VI, King of Morocco": an appositive title after the name.
                mentions[^1] = mentions[^1] with { Title = $"{mentions[^1].Title}, {piece}".TrimStart(',', ' ') };
                continue;
            }
            if (mention is null)
            {
                pending = i < separators.Count ? piece + separators[i] : "";
                continue;
            }
            if (!NotAPerson.Is(mention.Name, context))
            {
                mentions.Add(mention);
            }
            pending = "";
        }
        if (mentions.Count > 0 && OfPlace().Match(afterPeople) is { Success: true } of && context.CountryOfPlace(of.Groups["place"].Value) is not null)
        {
            mentions[^1] = mentions[^1] with { Title = $"{mentions[^1].Title} {of.Value.Trim().TrimStart(',').Trim()}".Trim() };
        }
        return (mentions, afterPeople);
    }

    /// <summary>
    /// "President X in Tbilisi, together with …" → "President X": the delegation ends at the first preposition
    /// that follows a name. A preposition inside a title ("Secretary of State on political issues") follows no name.
    /// </summary>
    private static (string People, string Remainder) CutAdverbial(string people, ArticleContext context)
    {
        foreach (Match m in AdverbialStart().Matches(people))
        {
            var prefix = people[..m.Index].TrimEnd();
            if (NameSplitter.Split(prefix, context) is { } mention && prefix.EndsWith(mention.Name, StringComparison.Ordinal))
            {
                return (prefix, people[m.Index..]);
            }
        }
        return (people, "");
    }

}
