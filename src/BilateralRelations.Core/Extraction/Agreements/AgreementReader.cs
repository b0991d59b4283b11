using System.Text.RegularExpressions;
using BilateralRelations.Core.Dates;
using BilateralRelations.Core.Facts;
using BilateralRelations.Core.Text;

namespace BilateralRelations.Core.Extraction.Agreements;

/// <summary>
/// Agreements between the two countries: a sentence that says something was signed and names an agreement,
/// treaty, memorandum, declaration, protocol or convention ("signed today" or "on the same day" takes the date of
/// the sentence before it); a named treaty with its date that the sentence ties to the pair ("the Treaty of
/// Craiova in 1940" ending a dispute "between the two countries", "the 1950 Indo-Nepal Treaty of Peace and
/// Friendship" of "India and Nepal", an agreement that "came into effect" on a date); and the items of an
/// agreements list. An agreement signed "with" a third country is not one of the pair's.
/// </summary>
public sealed partial class AgreementReader(ArticleContext context)
{
    [GeneratedRegex(@"\b(?:sign(?:ed|ing|s)?|concluded|ratified|agreed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Signed();

    /// <summary>Words that date an agreement without "signed": "came into effect on July 1, 2009", "entered into force".</summary>
    [GeneratedRegex(@"\b(?:came|entered|went)\s+into\s+(?:effect|force)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InForce();

    /// <summary>A treaty or an agreement named as such: "Treaty of Craiova", "peace treaty", "Treaty of Peace and Friendship".</summary>
    [GeneratedRegex(@"\b(?:Treat(?:y|ies)|Agreement|Accord|Convention|Pact|Protocol|peace\s+treaty|treaty|agreement)\b")]
    private static partial Regex NamedAgreement();

    /// <summary>What ties a sentence's agreement to the pair: "between the two countries", "the two countries signing".</summary>
    [GeneratedRegex(@"\bbetween\s+(?:the\s+two|both)\s+(?:countries|states|nations|sides|governments)\b|\bbetween\s+them\b|\bbilateral\b|\b(?:the\s+two|both)\s+(?:countries|states|nations|sides|governments)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BetweenThePair();

    /// <summary>"with countries such as Canada", "with the European Union": signed with others.</summary>
    [GeneratedRegex(@"\bwith\s+(?:(?:other\s+)?countries|(?:the\s+)?(?<other>\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}\-]+)*))")]
    private static partial Regex SignedWith();

    [GeneratedRegex(@"\b(?:agreements?|treat(?:y|ies)|memorand(?:um|a)(?:\s+of\s+understanding)?|declarations?|protocols?|conventions?|accords?|documents?|arrangements?|pacts?|partnerships?|programmes?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgreementNoun();

    [GeneratedRegex(@"\b(?:today|the same day|that day|on the same occasion|during the visit)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SameDay();

    [GeneratedRegex(@"^(?:a|an|the|by|with|signed|signing|sign|of|and|on|to|were|was|is|are|further|besides|main|this|that|these|those|its|their|other|also|have|has|had|both|two|countries|sides|all|previous|earlier|existing|same|first|second|third|new|last|latest|several|many|more|few)$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleStartStop();

    [GeneratedRegex(@"^(?<tail>[^,.;()]*?)(?=\s+(?:with|between|was|were|which|that|is|are|has|have|had|in\s+\d+|on\s+\d+|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|on\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|and\s+(?:an?|the|its|their|other|several|accompanying|related|subsequent)|came|entered|went|followed)\b|[,.;()]|$)")]
    private static partial Regex TitleTail();

    [GeneratedRegex(@"^,\s*\p{L}+\s+and\s+\p{L}+\s+(?:were|was)\b")]
    private static partial Regex ListTail();

    [GeneratedRegex(@"[\s,.:;\-–]*(?:\b(?:signed|concluded|on|in|of|from)\s*)?[\s,.:;\-–]*$")]
    private static partial Regex ListTitleEnd();

    [GeneratedRegex(@"^(?<title>\p{Lu}.+?),?\s+(?:was\s+|were\s+)?(?:signed|concluded)\b")]
    private static partial Regex TitleThenSigned();

    private readonly List<AgreementFact> _facts = [];
    private readonly Slug.Registry _slugs = new();

    /// <summary>Reads the agreements of a sentence; <paramref name="dates"/> are the dates they took, for the events reader to leave alone.</summary>
    public bool Read(string sentence, FuzzyDate? previousDate, SourceRef source, out IReadOnlyList<FuzzyDate> dates)
    {
        var signed = Signed().Match(sentence);
        if (!signed.Success)
        {
            var named = ReadNamed(sentence, source);
            dates = named is { } d ? [d] : [];
            return named is not null;
        }
        dates = [];
        if (SignedWith().Match(sentence, signed.Index) is { Success: true } with
            && (!with.Groups["other"].Success || context.AnyCountryOfPlace(with.Groups["other"].Value) is { } other && context.Article.Other(other) is null))
        {
            return false; // "Chile has signed free trade agreements with countries such as Canada": not with the partner
        }
        // The date that follows "signed" is the signing date, not a year range in the title ("Programme 2017–2021").
        var all = DateFinder.FindAll(sentence).Where(d => d.Date is not null).ToList();
        var sentenceDate = (all.FirstOrDefault(d => d.Index > signed.Index) ?? all.FirstOrDefault())?.Date
            ?? (SameDay().IsMatch(sentence) ? previousDate : null);
        var taken = new List<FuzzyDate>();
        var found = false;
        foreach (Match noun in AgreementNoun().Matches(sentence))
        {
            var qualifiesNext = AgreementNoun().Match(sentence, noun.Index + noun.Length) is { Success: true } next
                && sentence[(noun.Index + noun.Length)..next.Index].Trim().Length == 0;
            if (!qualifiesNext && !IsModifier(sentence, noun) && Title(sentence, noun) is { } title)
            {
                // "An agreement … was signed on 25 April 1998, and an agreement … followed on 2 February 2012": each
                // agreement takes the date of its own part of the sentence.
                var date = OwnPart(sentence, noun) is var (from, to) && all.FirstOrDefault(d => d.Index >= from && d.End <= to) is { } own
                    ? own.Date : sentenceDate;
                Add(title, date, source);
                found = true;
                if (date is { } d)
                {
                    taken.Add(d);
                }
            }
        }
        dates = taken;
        return found;
    }

    [GeneratedRegex(@";\s+|,\s+(?:and|while|whereas)\s+")]
    private static partial Regex PartBreak();

    /// <summary>The part of the sentence a word is in, between breaks like ", and" or ";".</summary>
    private static (int From, int To) OwnPart(string sentence, Match word)
    {
        var breaks = PartBreak().Matches(sentence);
        var from = breaks.LastOrDefault(b => b.Index + b.Length <= word.Index) is { } before ? before.Index + before.Length : 0;
        var to = breaks.FirstOrDefault(b => b.Index >= word.Index + word.Length) is { } after ? after.Index : sentence.Length;
        return (from, to);
    }

    /// <summary>"the programme countries of Danida": the agreement word qualifies another noun, it names no agreement.</summary>
    private static bool IsModifier(string sentence, Match noun) =>
        ModifiedNoun().IsMatch(sentence[(noun.Index + noun.Length)..]);

    [GeneratedRegex(@"^\s+(?:countries|states|members|partners|nations|cities)\b")]
    private static partial Regex ModifiedNoun();

    /// <summary>
    /// A dated treaty or agreement without "signed": only when the sentence ties it to the pair, so that "Poland's
    /// 2003 acceptance of the 1985 Schengen Agreement" is not an agreement between Poland and Ukraine.
    /// </summary>
    private FuzzyDate? ReadNamed(string sentence, SourceRef source)
    {
        if (!BetweenThePair().IsMatch(sentence) && !context.NamesBothTogether(sentence))
        {
            return null;
        }
        var dates = DateFinder.FindAll(sentence).Where(d => d.Date is not null).ToList();
        foreach (Match noun in NamedAgreement().Matches(sentence))
        {
            // Its date: the first after it ("the Treaty of Craiova in 1940"), else the last before it ("the 1950 … Treaty").
            var date = (dates.FirstOrDefault(d => d.Index > noun.Index) ?? dates.LastOrDefault(d => d.End <= noun.Index))?.Date;
            if (date is not null && (InForce().IsMatch(sentence) || char.IsUpper(noun.Value[0]) || noun.Value.Contains(' ', StringComparison.Ordinal) || HasQualifier(sentence, noun))
                && Title(sentence, noun) is { } title)
            {
                Add(title, date, source);
                return date;
            }
        }
        return null;
    }

    /// <summary>"the Israel–Jordan peace treaty", "an agreement on local border traffic": the treaty word is qualified, not bare.</summary>
    private static bool HasQualifier(string sentence, Match noun) =>
        sentence[(noun.Index + noun.Length)..].StartsWith(" on ", StringComparison.Ordinal)
        || sentence[..noun.Index].TrimEnd().Split(' ')[^1] is { Length: > 0 } before && char.IsUpper(before[0]);

    private void Add(string title, FuzzyDate? date, SourceRef source) =>
        _facts.Add(new AgreementFact(_slugs.Claim(Slug.From($"{(date is { } d ? d.SlugKey : "undated")} {title}")), date, title, context.Article.Countries, source, Basis.Stated));

    /// <summary>
    /// A list item under an agreements heading is an agreement even without "signed":
    /// "Agreement on the Avoidance of Double Taxation (5 November 1999)".
    /// </summary>
    public bool ReadListItem(string text, SourceRef source)
    {
        var dates = DateFinder.FindAll(text);
        if (TitleThenSigned().Match(text) is { Success: true } item && AgreementNoun().IsMatch(item.Groups["title"].Value))
        {
            var signed = dates.FirstOrDefault(d => d.Date is not null && d.Index > item.Groups["title"].Length)?.Date;
            Add(item.Groups["title"].Value.Trim(), signed, source);
            return true;
        }
        if (Read(text, null, source, out _))
        {
            return true;
        }
        // The title runs to its date or a bracket, commas included: "Agreement on Cooperation in Education, Science and Culture, 2015".
        var end = new[] { text.IndexOfAny(['(', ';']), dates.FirstOrDefault()?.Index ?? -1 }.Where(i => i > 0).DefaultIfEmpty(text.Length).Min();
        var title = ListTitleEnd().Replace(text[..end], "").Trim();
        if (title.Length < 4 || !char.IsUpper(title[0]))
        {
            return false;
        }
        Add(title, dates.FirstOrDefault(d => d.Date is not null)?.Date, source);
        return true;
    }

    /// <summary>The noun phrase around an agreement word: "strategic partnership agreement", "agreement on a scholarship program for students".</summary>
    private string? Title(string sentence, Match noun)
    {
        var before = sentence[..noun.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = before.Length;
        while (start > 0 && before.Length - start < 5 && !TitleStartStop().IsMatch(before[start - 1]) && !before[start - 1].EndsWith(',') && !before[start - 1].Any(char.IsDigit))
        {
            start--;
        }
        var previous = start > 0 ? before[start - 1].ToLowerInvariant() : "";
        if (previous is "main" or "this" or "that" or "these" or "those" or "its" or "same" or "all" or "previous" or "earlier" or "existing")
        {
            return null; // a reference back to an agreement already named
        }
        var after = sentence[(noun.Index + noun.Length)..];
        var tail = TitleTail().Match(after).Groups["tail"].Value;
        var rest = after[tail.Length..];
        if (ListTail().Match(rest) is { Success: true } list)
        {
            tail += rest[..(list.Length - list.Value.Split(' ')[^1].Length)].TrimEnd();
        }
        else if (Enumeration().Match(rest) is { Success: true } enumeration)
        {
            tail += enumeration.Value; // "General Agreement on Economic, Scientific and Technical Cooperation"
        }
        if (start == before.Length && tail.Trim().Length == 0 && TreatyWith().Match(after) is { Success: true } with)
        {
            tail = with.Value; // "concluded a treaty with Okaikoi, king of the Ga": the treaty is named by its party
        }
        if (PlaceAtEnd().Match(tail) is { Success: true } place && context.AnyCountryOfPlace(place.Groups["place"].Value) is not null)
        {
            tail = tail[..place.Index]; // "… agreement in Brasília": where it was signed, not its name
        }
        var title = string.Join(' ', before[start..].Append(noun.Value + tail)).Trim().TrimEnd(',', ' ');
        // A bare "the agreement" says nothing about which agreement.
        return start == before.Length && tail.Trim().Length == 0 ? null : Capitalise(title);
    }

    [GeneratedRegex(@"^(?:,\s+\p{Lu}[\p{L}\-]*(?:\s\p{Lu}[\p{L}\-]*)*)+,?\s+and\s+\p{Lu}[\p{L}\-]*(?:\s\p{Lu}[\p{L}\-]*)*")]
    private static partial Regex Enumeration();

    [GeneratedRegex(@"^\s+with\s+(?:the\s+)?\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}\-]+){0,3}")]
    private static partial Regex TreatyWith();

    [GeneratedRegex($@"\s+in\s+(?<place>{Patterns.Place})$")]
    private static partial Regex PlaceAtEnd();

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    public IReadOnlyList<AgreementFact> Build() => _facts;
}
