using System.Text.RegularExpressions;
using BilateralRelations.Core.Countries;
using BilateralRelations.Core.Dates;
using BilateralRelations.Core.Facts;

namespace BilateralRelations.Core.Extraction;

/// <summary>What one visit line says, before people are resolved across the article.</summary>
public sealed record VisitLine(
    FuzzyDate Date,
    VisitKind Kind,
    IReadOnlyList<PersonMention> Delegation,
    string? Purpose,
    Country? Destination,
    string Description);

/// <summary>
/// Reads a visit line in any of the genre's shapes: "4–5 December 1994 - President of Azerbaijan Heydar Aliyev's
/// working visit", "July 10–11, 2017: State visit of President X to Warsaw", "Minister X visited Y (3 May 2015)",
/// "March 2015 – Georgian Foreign Minister X in Warsaw".
/// </summary>
public static partial class VisitLineParser
{
    [GeneratedRegex(@"^(?:(?:on|in|from|between)\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingPreposition();

    [GeneratedRegex(@"^[\s\-–—:,;.]+")]
    private static partial Regex LeadingSeparator();

    [GeneratedRegex(@"\s(?:-|–|—)\s|:\s")]
    private static partial Regex ColumnSeparator();

    [GeneratedRegex(@"\b(?<kind>official|working|state|private|unofficial)\s+visit", RegexOptions.IgnoreCase)]
    private static partial Regex KindRegex();

    [GeneratedRegex(@"\((?<note>[^()]*)\)")]
    private static partial Regex Parenthesis();

    [GeneratedRegex(@"^(?:an?\s+)?(?:(?:official|working|state|private|unofficial|high-level)\s+)?visits?\s+(?:to\s+(?:the\s+)?\p{Lu}[\p{L}\-]*(?:\s\p{Lu}[\p{L}\-]*){0,2}\s+)?(?:of|by)\s+(?:the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex VisitOfPrefix();

    [GeneratedRegex(@"(?:visit(?:s|ed|ing)?|visit\s+to|trip\s+to|arrived\s+in|arrives\s+in|travell?ed\s+to|came\s+to|went\s+to|received\s+in|stay\s+in|talks\s+in|(?:mission|delegation)\s+to)\s+(?:the\s+)?(?<place>\p{Lu}[\p{L}\-]*(?:\s\p{Lu}[\p{L}\-]*){0,2})")]
    private static partial Regex VerbDestination();

    [GeneratedRegex(@"\s(?:in|to)\s+(?:the\s+)?(?<place>\p{Lu}[\p{L}\-]*(?:\s\p{Lu}[\p{L}\-]*){0,2})\s*[.;]?$")]
    private static partial Regex TrailingDestination();

    [GeneratedRegex(@"(?:'s|’s)?\s+(?:(?:an?|the|his|her|their|official|working|state|private|unofficial|first|second|high-level)\s+)*(?:visit|visits|visited|paid|pays|made|makes|arrived|arrives|met|meets|attended|attends|held|holds|travell?ed|went|came|led|leads|was|were|received)\b.*$|(?:'s|’s)\s+\p{Ll}.*$")]
    private static partial Regex VerbTail();

    [GeneratedRegex(@"^,?\s*(?:in|to)\s+(?:the\s+)?(?<place>\p{Lu}[\p{L}\-]*(?:\s\p{Lu}[\p{L}\-]*){0,2})")]
    private static partial Regex LeadingDestination();

    [GeneratedRegex(@"\s+(?:in|to)\s+(?:the\s+)?\p{Lu}[\p{L}\-]*(?:\s\p{Lu}[\p{L}\-]*){0,2}\s*$")]
    private static partial Regex TrailingPlacePhrase();

    [GeneratedRegex(@",\s+|;\s+|\s+and\s+|\s+&\s+")]
    private static partial Regex DelegationSeparator();

    [GeneratedRegex(@"[;:]\s*(?:an?\s+)?(?:(?:official|working|state|private)\s+)?visits?\s+(?:of|by)\s+(?:the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex VisitOfInside();

    [GeneratedRegex(@"(?<delegation>(?:an?\s+|the\s+)?(?:[\p{L}\-]+\s+){0,10}?)(?:led|headed)\s+by\s+(?<people>.+)$")]
    private static partial Regex LedBy();

    [GeneratedRegex(@",?\s(?:in|at|to|for|during|on|with|together with|accompanied by|who|which|where|as part of)\s")]
    private static partial Regex AdverbialStart();

    private const string PlacePattern = @"\p{Lu}[\p{L}\-]*(?:\s\p{Lu}[\p{L}\-]*){0,2}";

    [GeneratedRegex($@"\bvisits?\s+(?:of|by)\s+(?<people>[^,;.]+?)(?:\s+(?:to|in)\s+(?:the\s+)?(?<place>{PlacePattern}))?(?=[,;.]|\s+(?:for|on|in|at|during|when|which|where)\b|$)")]
    private static partial Regex ProseVisitOf();

    [GeneratedRegex($@"\s(?:paid|pays|made|makes)\s+(?:an?\s+|his\s+|her\s+|their\s+)?(?:[\w\-]+\s+){{0,2}}?visits?\s+to\s+(?:the\s+)?(?<place>{PlacePattern})|\s(?:visited|visits|arrived\s+in|travell?ed\s+to|held\s+talks\s+in)\s+(?:the\s+)?(?<place>{PlacePattern})|\s(?:attended|attends)\s+(?:[^,.;]{{0,60}}?)\s+in\s+(?<place>{PlacePattern})")]
    private static partial Regex ProseVisitVerb();

    /// <summary>
    /// A visit told in a sentence: "In May 2016, Prime Minister Shinzō Abe paid an official visit to Vilnius",
    /// "… was signed in 1997 during a visit of President Süleyman Demirel to Bishkek". Null when the sentence
    /// does not say clearly who visited.
    /// </summary>
    public static VisitLine? ParseProse(string sentence, ArticleContext context)
    {
        var date = DateFinder.FindAll(sentence).FirstOrDefault(d => d.Date is not null)?.Date;
        if (date is null)
        {
            return null;
        }
        var candidates = ProseVisitVerb().Matches(sentence).Select(v => (People: CapitalisedRunBefore(sentence, v.Index), Place: v.Groups["place"].Value))
            .Concat(ProseVisitOf().Matches(sentence).Select(o => (People: o.Groups["people"].Value, Place: o.Groups["place"].Value)));
        foreach (var (people, place) in candidates)
        {
            var (delegation, _) = ReadDelegation(people, context);
            if (delegation.Count > 0 && delegation.All(d => d.Title.Length > 0))
            {
                var destination = place.Length > 0 ? Place(place, context) : null;
                return new VisitLine(date.Value, ReadKind(sentence), delegation, null, destination, sentence.Trim().TrimEnd('.'));
            }
        }
        return null;
    }

    /// <summary>The words right before <paramref name="end"/> that can make up titles and names, back to a comma or a lower-case word.</summary>
    private static string CapitalisedRunBefore(string sentence, int end)
    {
        var words = sentence[..end].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = words.Length;
        while (start > 0 && !words[start - 1].EndsWith(',') && (char.IsUpper(words[start - 1][0]) || words[start - 1] is "of" or "the" or "and" or "for" or "de" or "von"))
        {
            start--;
        }
        while (start < words.Length && words[start] is "of" or "the" or "and" or "for")
        {
            start++;
        }
        return string.Join(' ', words[start..]);
    }

    /// <summary>Parses a visit line; returns null and reports a diagnostic when the line cannot be a complete visit.</summary>
    public static VisitLine? Parse(string text, int line, string source, ArticleContext context)
    {
        var (date, rest) = ReadDate(text, line, source, context);
        if (date is null)
        {
            return null;
        }
        var purposes = new List<string>();
        var countryNotes = new List<(int At, string Country)>();
        rest = Parenthesis().Replace(rest, m =>
        {
            var note = m.Groups["note"].Value.Trim();
            if (context.CountryOfPlace(note) is not null)
            {
                countryNotes.Add((m.Index, note)); // "Heidi Hautala (Finland)": that person's country
                return " ";
            }
            if (note.Length > 0 && DateFinder.FindAll(note).Count == 0)
            {
                purposes.Add(note);
            }
            return " ";
        });
        rest = Regex.Replace(rest, @"\s{2,}", " ").Trim();
        var kind = ReadKind(rest);
        var (delegation, afterPeople) = ReadDelegation(rest, context);
        foreach (var (at, country) in countryNotes)
        {
            var owner = delegation.LastOrDefault(d => rest.IndexOf(d.Name, StringComparison.Ordinal) is >= 0 and var i && i < at);
            if (owner is not null)
            {
                delegation[delegation.IndexOf(owner)] = owner with { Title = $"{owner.Title} ({country})".Trim() };
            }
        }
        var destination = ReadDestination(rest, context) ?? ReadDestination(afterPeople, context);
        if (delegation.Count == 0)
        {
            context.Report(line, DiagnosticSeverity.Warning, "A dated line in a visits section names no person; it was not read as a visit.", source);
            return null;
        }
        var description = rest.Trim().TrimEnd('.', ';', ',').Trim();
        return new VisitLine(date.Value, kind, delegation, purposes.Count > 0 ? string.Join("; ", purposes) : null, destination, description);
    }

    private static (FuzzyDate? Date, string Remainder) ReadDate(string text, int line, string source, ArticleContext context)
    {
        var dates = DateFinder.FindAll(text);
        var leading = LeadingPreposition().Match(text).Length;
        var first = dates.FirstOrDefault();
        if (first is not null && first.Index <= leading)
        {
            // The date column: "4–5 December 1994 - …", "On 3 May 2015, …".
            if (first.Date is null)
            {
                context.Report(line, DiagnosticSeverity.Error, $"Impossible date: {first.Error}; the line was not imported.", source);
                return (null, text);
            }
            return (first.Date, LeadingSeparator().Replace(text[first.End..], ""));
        }
        var column2 = ColumnSeparator().Match(text);
        if (column2.Success && column2.Index < 30 && (text[..column2.Index].Any(char.IsDigit) || dates.Count == 0 && LooksLikeDateColumn(text[..column2.Index])))
        {
            context.Report(line, DiagnosticSeverity.Error, $"Cannot read the date '{text[..column2.Index].Trim()}'; the line was not imported.", source);
            return (null, text);
        }
        var anywhere = dates.FirstOrDefault(d => d.Date is not null);
        var broken = dates.FirstOrDefault(d => d.Date is null);
        if (anywhere is null)
        {
            if (broken is not null)
            {
                context.Report(line, DiagnosticSeverity.Error, $"Impossible date: {broken.Error}; the line was not imported.", source);
            }
            else
            {
                context.Report(line, DiagnosticSeverity.Warning, "A visit line without a date; it was not imported.", source);
            }
            return (null, text);
        }
        var rest = (text[..anywhere.Index] + " " + text[anywhere.End..]).Trim();
        rest = Regex.Replace(rest, @"\s(?:on|in|from)\s*(?=$|[,.;])|\(\s*\)|\s(?:on|in)\s+(?=,)", " ").Trim();
        return (anywhere.Date, rest);
    }

    /// <summary>A short first column of one or two words before a dash, like "Smarch 2012" or "Early spring".</summary>
    private static bool LooksLikeDateColumn(string column) => column.Trim().Split(' ').Length <= 2;

    private static VisitKind ReadKind(string text)
    {
        var m = KindRegex().Match(text);
        if (!m.Success)
        {
            return VisitKind.Unspecified;
        }
        var word = m.Groups["kind"].Value;
        // "State Secretary … visit" is not a state visit: the capital S belongs to the title.
        if (word == "State" && m.Index > 0)
        {
            return VisitKind.Unspecified;
        }
        return word.ToLowerInvariant() switch
        {
            "official" => VisitKind.Official,
            "working" => VisitKind.Working,
            "state" => VisitKind.State,
            _ => VisitKind.Unspecified,
        };
    }

    private static Country? ReadDestination(string text, ArticleContext context)
    {
        foreach (Match m in VerbDestination().Matches(text))
        {
            if (Place(m.Groups["place"].Value, context) is { } country)
            {
                return country;
            }
        }
        var trailing = TrailingDestination().Match(text);
        if (trailing.Success)
        {
            return Place(trailing.Groups["place"].Value, context);
        }
        var leading = LeadingDestination().Match(text);
        return leading.Success ? Place(leading.Groups["place"].Value, context) : null;
    }

    private static Country? Place(string place, ArticleContext context)
    {
        // "Budapest Airport", "Baku State University": the first word alone may name the place.
        var words = place.Split(' ');
        for (var n = words.Length; n >= 1; n--)
        {
            if (context.CountryOfPlace(string.Join(' ', words[..n])) is { } country)
            {
                return country;
            }
        }
        return null;
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

    [GeneratedRegex(@"^,?\s*of\s+(?:the\s+)?(?<place>\p{Lu}[\p{L}\-]*(?:\s\p{Lu}[\p{L}\-]*){0,2})")]
    private static partial Regex OfPlace();

    [GeneratedRegex(@"\s+of\s+(?:the\s+)?\p{Lu}[\p{L}\-]*(?:\s\p{Lu}[\p{L}\-]*){0,2}$")]
    private static partial Regex OfPlaceAfterName();

    private static (List<PersonMention> People, string Remainder) ReadDelegation(string text, ArticleContext context)
    {
        var people = text.Trim();
        if (VisitOfInside().Match(people) is { Success: true } inside)
        {
            people = people[(inside.Index + inside.Length)..]; // "political consultations; visit by Deputy Foreign Minister X"
        }
        people = VisitOfPrefix().Replace(people, "");
        var ledBy = LedBy().Match(people);
        if (ledBy.Success)
        {
            // "delegation of the Czech Chamber of Deputies led by Jan Hamáček": the delegation names the side.
            var led = ReadDelegation(ledBy.Groups["people"].Value, context);
            var delegation = ledBy.Groups["delegation"].Value.Trim().TrimEnd(',');
            return (led.People.Select(p => p.Title.Length == 0 && delegation.Length > 0 ? p with { Title = $"head of {delegation}" } : p).ToList(), led.Remainder);
        }
        people = VerbTail().Replace(people, "");
        people = TrailingPlacePhrase().Replace(people, "");
        (people, var afterPeople) = CutAdverbial(people.Trim().TrimEnd('.', ';', ',', ':').Trim(), context);
        if (afterPeople.Length == 0 && OfPlaceAfterName().Match(people) is { Success: true } ofTail && NameSplitter.Split(people[..ofTail.Index], context) is not null)
        {
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
            mentions.Add(mention);
            pending = "";
        }
        if (mentions.Count > 0 && OfPlace().Match(afterPeople) is { Success: true } of && context.CountryOfPlace(of.Groups["place"].Value) is not null)
        {
            mentions[^1] = mentions[^1] with { Title = $"{mentions[^1].Title} {of.Value.Trim().TrimStart(',').Trim()}".Trim() };
        }
        return (mentions, afterPeople);
    }
}
