using System.Text.RegularExpressions;
using BilateralRelations.Core.Dates;
using BilateralRelations.Core.Extraction.People;
using BilateralRelations.Core.Facts;

namespace BilateralRelations.Core.Extraction.Visits;

/// <summary>
/// Visits told in sentences: "In May 2016, Prime Minister Shinzō Abe paid an official visit to Vilnius", "… during
/// a visit of President Süleyman Demirel to Bishkek", and several in one sentence, each with its own date and
/// people ("Heydar Aliyev visited Portugal in December 1996, and Jaime Gama in July 2001"). A relative date ("a
/// year later") is resolved from the date before it, and the visit says so; without one it is a diagnostic.
/// </summary>
public sealed partial class ProseVisitReader(ArticleContext context)
{
    private const string Place = Patterns.Place;

    /// <summary>A place, and the country after it when the text adds one: "Bulboaca, Moldova".</summary>
    private const string PlaceAndCountry = $@"{Place}(?:,\s+{Place})?";

    [GeneratedRegex($@"\bvisits?\s+(?:of|by)\s+(?<people>[^,;.]+?)(?:\s+(?:to|in)\s+(?:the\s+)?(?<place>{Place}))?(?=[,;.]|\s+(?:for|on|in|at|during|when|which|where)\b|$)")]
    private static partial Regex VisitOf();

    [GeneratedRegex($@"\s(?:paid|pays|made|makes)\s+(?:an?\s+|his\s+|her\s+|their\s+)?(?:[\w\-]+\s+){{0,2}}?visits?(?:\s+to\s+(?:the\s+)?(?<place>{PlaceAndCountry}))?"
        + $@"|\s(?:visited|visits|arrived\s+in|travell?ed\s+to|returned\s+to|held\s+(?:[\w\-]+\s+){{0,2}}?(?:talks|consultations|meetings?|negotiations)\s+in)\s+(?:the\s+)?(?<place>{PlaceAndCountry})"
        + $@"|\s(?:attended|attends)\s+(?:[^,.;]{{0,100}}?)\s+in\s+(?<place>{PlaceAndCountry})"
        + $@"|\sreturned\s+(?:the|this|that)\s+visit\b"
        + $@"|(?:'s|’s)\s+(?:(?:official|state|working|first|return|private)\s+)*visit\b(?:\s+to\s+(?:the\s+)?(?<place>{PlaceAndCountry}))?"
        + $@"|\s(?:led|headed)\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\w\-]+\s+){{0,2}}?(?:delegation|mission)(?:\s+of\s+[^,.;]{{1,50}}?)?\s+to\s+(?:the\s+)?(?<place>{PlaceAndCountry})")]
    private static partial Regex VisitVerb();

    /// <summary>"Mário Soares became the first Portuguese president to visit independent Mozambique": the phrase gives the title.</summary>
    [GeneratedRegex($@"(?<name>{Patterns.PersonName})\s+(?:became|was)\s+the\s+first\s+(?<title>(?:[\p{{L}}\-]+\s+){{1,5}}?)to\s+(?:visit|travel\s+to)\s+(?:(?:independent|modern|the)\s+)*(?<place>{PlaceAndCountry})")]
    private static partial Regex FirstToVisit();

    /// <summary>
    /// "met Nepalese leaders in Kathmandu", "spoke in Oslo at a donor conference", "attended the Oslo Forum": words that
    /// make a visit only when the place is one of the pair's.
    /// </summary>
    [GeneratedRegex($@"\s(?:met|meets|spoke|speaks|addressed|addresses|opened|inaugurated|took\s+part|was\s+received|were\s+received)\b(?:[^,.;]{{0,80}}?)\s+in\s+(?<place>{PlaceAndCountry})|\s(?:attended|attends)\s+(?:the\s+)?(?<place>{Place})\s+(?i:forum|summit|conference|meeting|session|games|expo|exhibition|dialogue|talks)\b")]
    private static partial Regex PlaceVerb();

    /// <summary>"a delegation of the Storting led by its President, Olemic Thommessen, visited Kathmandu".</summary>
    [GeneratedRegex($@"\b(?<delegation>delegation\b[^.;]{{0,80}}?)\s+(?:led|headed)\s+by\s+(?<people>[^.;]+?),?\s+(?:visited|arrived\s+in|travell?ed\s+to|came\s+to)\s+(?:the\s+)?(?<place>{PlaceAndCountry})")]
    private static partial Regex DelegationLedBy();

    /// <summary>"… spoke in Riga … during her official visit to Latvia": the visitor is the clause's subject.</summary>
    [GeneratedRegex($@"\b(?:during|on|in\s+the\s+course\s+of)\s+(?:his|her|their)\s+(?:[\w\-]+\s+){{0,2}}?visit\s+to\s+(?:the\s+)?(?<place>{PlaceAndCountry})")]
    private static partial Regex DuringVisit();

    /// <summary>What may open a clause before its subject: "On 21 November 2023, ", "In May 2016 ".</summary>
    [GeneratedRegex(@"^\s*(?:(?:On|In|From|During|By|Since|Later|Then|Also)\b[^,]{0,40},?\s+)?")]
    private static partial Regex ClauseOpening();

    /// <summary>Where one visit's clause ends and the next one's begins, best first.</summary>
    [GeneratedRegex(@";\s+|,\s+(?:and|while|whereas|followed\s+by)\s+|,?\s+(?:and\s+then|and\s+later)\s+|\s+and\s+|,\s+")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^(?:,|;|and|then|later|also|again|as\s+well|in|on|from|of|during|\s)+|(?:\s|,|\bin|\bon|\bfrom)+$")]
    private static partial Regex Connectives();

    [GeneratedRegex(@"\b\p{Ll}+\b")]
    private static partial Regex LowerWord();

    private sealed record DatedSpan(int Index, int End, FuzzyDate Date, Basis Basis);

    /// <summary>
    /// The visits of one sentence. <paramref name="anchor"/> is the last date written before it (for "a year
    /// later"); <paramref name="namesSuffice"/> lets a visits section name a visitor without a title.
    /// </summary>
    public IReadOnlyList<VisitLine> Read(string sentence, FuzzyDate? anchor, bool namesSuffice, SourceRef source)
    {
        var dates = Dates(sentence, anchor, source);
        if (dates.Count == 0)
        {
            return [];
        }
        var visits = new List<VisitLine>();
        if (dates.Count > 1)
        {
            VisitLine? previous = null;
            foreach (var (clause, date) in Clauses(sentence, dates))
            {
                var visit = ReadClause(clause, date, namesSuffice, clause) ?? (previous is not null ? Elliptical(clause, date, namesSuffice, previous) : null);
                if (visit is not null)
                {
                    visits.Add(visit);
                    previous = visit;
                }
            }
        }
        if (visits.Count == 0 && ReadClause(sentence, dates[0], namesSuffice, sentence) is { } single)
        {
            visits.Add(single);
        }
        return visits;
    }

    /// <summary>The written dates of the sentence and the relative ones resolved from the date before each.</summary>
    private List<DatedSpan> Dates(string sentence, FuzzyDate? anchor, SourceRef source)
    {
        var spans = DateFinder.FindAll(sentence).Where(d => d.Date is not null).Select(d => new DatedSpan(d.Index, d.End, d.Date!.Value, Basis.Stated)).ToList();
        foreach (var relative in RelativeDates.FindAll(sentence))
        {
            var before = spans.LastOrDefault(s => s.End <= relative.Index)?.Date ?? anchor;
            if (before is { } from && relative.From(from) is { } resolved)
            {
                spans.Add(new DatedSpan(relative.Index, relative.End, resolved, Basis.Inferred($"the date \"{relative.Text}\" counted from {DateText.Format(from)}")));
            }
            else if (VisitVerb().IsMatch(sentence) || VisitOf().IsMatch(sentence))
            {
                context.Report(source.Line, DiagnosticSeverity.Info,
                    $"\"{relative.Text}\" has no earlier date to count from; the visit was not dated.", source.Text);
            }
        }
        // "Contacts intensified in 2006. On 2 March, …": a day without its year is in the year of the date before it.
        foreach (var yearless in YearlessDates.FindAll(sentence).Where(y => !spans.Any(s => s.Index < y.End && y.Index < s.End)))
        {
            var before = spans.LastOrDefault(s => s.End <= yearless.Index)?.Date ?? anchor;
            if (before is { } from && yearless.From(from) is { } resolved)
            {
                spans.Add(new DatedSpan(yearless.Index, yearless.End, resolved, Basis.Inferred($"the year of \"{yearless.Text}\" from {DateText.Format(from)}")));
            }
        }
        return spans.OrderBy(s => s.Index).ToList();
    }

    /// <summary>The sentence cut into one clause per date, at the best break between consecutive dates.</summary>
    private static IEnumerable<(string Clause, DatedSpan Date)> Clauses(string sentence, List<DatedSpan> dates)
    {
        var start = 0;
        for (var i = 0; i < dates.Count; i++)
        {
            var end = sentence.Length;
            if (i + 1 < dates.Count)
            {
                var between = sentence[dates[i].End..dates[i + 1].Index];
                var breaks = ClauseBreak().Matches(between);
                // The strongest break wins: a semicolon, ", and", "and then", " and", then a plain comma.
                var best = breaks.OrderBy(Strength).ThenBy(b => b.Index).FirstOrDefault();
                if (best is null)
                {
                    continue; // two dates in one clause ("from 3 May to 5 June 2015" is one date already)
                }
                end = dates[i].End + best.Index;
                yield return (sentence[start..end], dates[i]);
                start = dates[i].End + best.Index + best.Length;
                continue;
            }
            yield return (sentence[start..end], dates[i]);
        }
    }

    private static int Strength(Match separator) => separator.Value.Trim() switch
    {
        ";" => 0,
        var v when v.StartsWith(',') && v.Length > 1 => 1,
        var v when v.Contains("then", StringComparison.Ordinal) || v.Contains("later", StringComparison.Ordinal) => 1,
        "and" => 2,
        _ => 3,
    };

    /// <summary>A clause that says who visited: a visit verb after the people, or "a visit of/by" before them.</summary>
    private VisitLine? ReadClause(string clause, DatedSpan date, bool namesSuffice, string description)
    {
        // The most specific shapes first: "a delegation of X led by Y visited Z" also reads as "Y visited Z".
        var candidates = DelegationLedBy().Matches(clause).Select(d => (People: $"{d.Groups["delegation"].Value} led by {d.Groups["people"].Value}", Place: d.Groups["place"].Value, After: d.Index))
            .Concat(VisitVerb().Matches(clause).Select(v => (People: CapitalisedRunBefore(clause, v.Index), Place: v.Groups["place"].Value, After: v.Index)))
            .Concat(VisitOf().Matches(clause).Select(o => (People: o.Groups["people"].Value, Place: o.Groups["place"].Value, After: o.Index)))
            .Concat(DuringVisit().Matches(clause).Select(d => (People: Subject(clause), Place: d.Groups["place"].Value, After: d.Index)))
            .Concat(FirstToVisit().Matches(clause).Select(f => (People: $"{f.Groups["title"].Value.Trim()} {f.Groups["name"].Value}", Place: f.Groups["place"].Value, After: f.Index)))
            .Select(c => (c.People, c.Place, c.After, PlaceRequired: false))
            .Concat(PlaceVerb().Matches(clause).Select(p => (People: CapitalisedRunBefore(clause, p.Index), Place: p.Groups["place"].Value, After: p.Index, PlaceRequired: true)));
        foreach (var (people, place, after, placeRequired) in candidates)
        {
            var (delegation, _) = DelegationReader.Read(people, context);
            if (IsDelegation(delegation, namesSuffice))
            {
                // "Andrian Candu returned the visit in April 2017, when he addressed the Saeima in Riga": the place named after the verb.
                var destination = (place.Length > 0 ? DestinationReader.Place(place, context) : null) ?? DestinationReader.Read(clause[after..], context);
                if (placeRequired && destination is null)
                {
                    continue; // a meeting somewhere else is no visit between the two
                }
                return new VisitLine(date.Date, VisitKindReader.Read(clause), WithFirstByTitle(delegation, clause), null, destination, Describe(description)) { DateBasis = date.Basis };
            }
        }
        return null;
    }

    /// <summary>"…, the first visit by a Czech head of government to Thailand": the clause says whose leader the one visitor was.</summary>
    [GeneratedRegex(@"\bfirst\s+(?:[\p{Ll}\-]+\s+){0,2}?by\s+an?\s+(?<adjective>\p{Lu}[\p{L}\-]+)\s+(?:head\s+of\s+(?:state|government)|president|prime\s+minister|monarch|leader|foreign\s+minister)\b")]
    private static partial Regex FirstBy();

    /// <summary>The one visitor's title, with the country the "first … by a X head of state" phrase gives, when the title names none.</summary>
    private List<PersonMention> WithFirstByTitle(List<PersonMention> delegation, string clause)
    {
        if (delegation is not [var only] || context.SingleCountryIn(only.Title) is not null
            || FirstBy().Match(clause) is not { Success: true } first || context.CountryOfPlace(first.Groups["adjective"].Value) is null)
        {
            return delegation;
        }
        return [only with { Title = $"{first.Groups["adjective"].Value} {only.Title}".Trim() }];
    }

    /// <summary>
    /// "…, and Jaime Gama in July 2001": a clause that is only people and a date continues the visits of the
    /// clause before it. Its destination is not carried over: the words do not say it.
    /// </summary>
    private VisitLine? Elliptical(string clause, DatedSpan date, bool namesSuffice, VisitLine previous)
    {
        var withoutDate = DateFinder.FindAll(clause).Aggregate(clause, (text, d) => text.Replace(d.Text, " ", StringComparison.Ordinal));
        withoutDate = RelativeDates.FindAll(withoutDate).Aggregate(withoutDate, (text, d) => text.Replace(d.Text, " ", StringComparison.Ordinal));
        if (ComeBack().IsMatch(withoutDate))
        {
            // "…, and came back a year later for talks": the same people, to the same place.
            return previous with { Date = date.Date, Description = Describe(clause), DateBasis = date.Basis, Kind = VisitKind.Unspecified };
        }
        var people = Connectives().Replace(withoutDate.Trim().TrimEnd('.', ';', ','), "").Trim();
        if (DestinationReader.Place(people, context) is { } place
            || previous.Destination is not null && SingleWord().IsMatch(people) && !FullNames.Surnamed(people, context.Article).Any())
        {
            // "… visited Ankara in March 2011 and Istanbul in May 2013": the same people, to another place (one the
            // article may not place: a lone word after a visit to a place is a place, not a person).
            return previous with { Date = date.Date, Destination = DestinationReader.Place(people, context), Description = Describe(clause), DateBasis = date.Basis, Kind = VisitKind.Unspecified };
        }
        // Only people: any lower-case word other than "of", "the", "and", "for" is a verb or a noun of another clause.
        if (people.Length == 0 || LowerWord().Matches(people).Any(w => w.Value is not ("of" or "the" or "and" or "for" or "de" or "von" or "van" or "al" or "bin")))
        {
            return null;
        }
        var (delegation, remainder) = DelegationReader.Read(people, context);
        return remainder.Length == 0 && IsDelegation(delegation, namesSuffice)
            ? new VisitLine(date.Date, VisitKind.Unspecified, delegation, null, null, Describe(clause)) { DateBasis = date.Basis }
            : null;
    }

    [GeneratedRegex(@"^\p{Lu}[\p{L}\-]+$")]
    private static partial Regex SingleWord();

    [GeneratedRegex(@"^\s*(?:(?:he|she|they)\s+)?(?:came\s+back|went\s+back|returned|was\s+back|visited\s+again|again)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ComeBack();

    /// <summary>
    /// Outside a visits section only people with a title count: "Hungary visited" says nothing about who. Inside one,
    /// a name does, and a surname alone when the article writes the full name elsewhere ("Erdoğan").
    /// </summary>
    private bool IsDelegation(List<PersonMention> delegation, bool namesSuffice) =>
        delegation.Count > 0 && delegation.All(d => d.Title.Length > 0 || namesSuffice
            && (d.Name.Contains(' ', StringComparison.Ordinal) || d.Name.Contains('.', StringComparison.Ordinal) || FullNames.Surnamed(d.Name, context.Article).Any()));

    private static string Describe(string text)
    {
        var t = text.Trim().TrimEnd('.', ',', ';').Trim();
        return t.Length == 0 ? t : char.ToUpperInvariant(t[0]) + t[1..];
    }

    /// <summary>"Onsari Gharti Magar, Speaker of the Parliament of Nepal, ", "X, the Prime Minister of Eswatini, ", "X, then Prime Minister of Kuwait, ".</summary>
    [GeneratedRegex($@"(?<name>{Patterns.PersonName}),\s+(?<article>(?:the\s+)?(?:then|then-|former)?\s*)(?<title>\p{{Lu}}[^,;.]{{2,90}}),\s*$")]
    private static partial Regex AppositiveBefore();

    /// <summary>The capitalised run a clause opens with, after a date or time phrase: its subject.</summary>
    private string Subject(string clause)
    {
        var text = clause[ClauseOpening().Match(clause).Length..];
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var end = 0;
        while (end < words.Length && (char.IsUpper(words[end][0]) || words[end] is "of" or "the" or "and" or "for" or "de" or "von" || context.IsTitleWord(words[end])))
        {
            end++;
        }
        return string.Join(' ', words[..end]);
    }

    /// <summary>
    /// The words right before <paramref name="end"/> that can make up titles and names ("Romanian leader Nicolae
    /// Ceaușescu"), back to a comma or a lower-case word that is not a title word. A name with its title in
    /// commas before the verb ("Onsari Gharti Magar, Speaker of the Parliament of Nepal, visited") is taken whole.
    /// </summary>
    private string CapitalisedRunBefore(string sentence, int end)
    {
        if (AppositiveBefore().Match(sentence[..end]) is { Success: true } appositive
            && (!context.IsTitleWord(appositive.Groups["name"].Value.Split(' ')[0]) || appositive.Groups["article"].Length > 0))
        {
            return $"{appositive.Groups["name"].Value}, {appositive.Groups["title"].Value}";
        }
        var words = sentence[..end].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = words.Length;
        while (start > 0 && !words[start - 1].EndsWith(',') && (char.IsUpper(words[start - 1][0]) || words[start - 1] is "of" or "the" or "and" or "for" or "de" or "von"
            || start < words.Length && char.IsUpper(words[start][0]) && context.IsTitleWord(words[start - 1])))
        {
            start--;
        }
        while (start < words.Length && words[start] is "of" or "the" or "and" or "for")
        {
            start++;
        }
        return string.Join(' ', words[start..]);
    }
}
