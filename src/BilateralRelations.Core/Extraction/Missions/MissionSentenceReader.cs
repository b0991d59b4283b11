using System.Text.RegularExpressions;
using BilateralRelations.Core.Countries;
using BilateralRelations.Core.Dates;
using BilateralRelations.Core.Facts;

namespace BilateralRelations.Core.Extraction.Missions;

/// <summary>
/// Missions told in a sentence. Every mission word ("embassy", "consulates–general", "honorary consulate") is read
/// with its sender (the subject before it, "Georgia has an …"; an adjective or possessive, "the Turkish Embassy",
/// "Japan's embassy"; "… of Poland" after it; or the sender of the mission before it in the same sentence, "… and a
/// consulate-general in Batumi") and its places ("in Istanbul and Trabzon", "(in Irkutsk, Kyzyl, and Ulan Ude)").
/// </summary>
public sealed partial class MissionSentenceReader(ArticleContext context, MissionBook book)
{
    private const string Place = Patterns.Place;
    private const string Count = @"(?:two|three|four|five|six|seven|eight|several|\d+)";

    [GeneratedRegex(Patterns.MissionKind)]
    private static partial Regex KindWord();

    /// <summary>"Senegal is represented in Morocco by its ", "Latvia is accredited to Moldova from its ": the sender, and the country its missions serve.</summary>
    [GeneratedRegex($@"(?<sender>{Place})\s+is\s+(?:also\s+)?(?:represented\s+in|accredited\s+to)\s+(?:the\s+)?(?<host>{Place})\s+(?:by|through|from|via)\s+(?:an?\s+|its\s+|{Count}\s+)?(?:resident\s+)?$")]
    private static partial Regex RepresentedBefore();

    [GeneratedRegex(@",\s+(?:and|while|whereas|but)\s+|;\s+")]
    private static partial Regex ClauseBreak();

    /// <summary>"… until it opened its ": a pronoun standing for the subject of its clause.</summary>
    [GeneratedRegex(@"\b(?:it|they)\s+(?:also\s+|later\s+|then\s+)?(?:opened|established|set\s+up|has|had|maintains|maintained|operates|operated)\s+(?:an?\s+|its\s+|their\s+)?(?:new\s+|resident\s+)?$")]
    private static partial Regex PronounBefore();

    /// <summary>"Denmark recognised Ghana on 6 March 1957 and opened an ": the sentence's subject, with a second verb.</summary>
    [GeneratedRegex($@"^(?:(?:In|On|From|By|Since)\s+[^,]{{1,40}},\s*)?(?<sender>{Place})\s+[^.;]{{1,120}}?\s+and\s+(?:later\s+|also\s+|then\s+|subsequently\s+)?(?:opened|established|set\s+up|inaugurated)\s+(?:an?\s+|its\s+)?(?:new\s+|resident\s+)?$")]
    private static partial Regex SubjectWithSecondVerb();

    /// <summary>"Georgia has an ", "Lithuania opened its ", "Hungary and Slovakia established ": a subject and its verb.</summary>
    [GeneratedRegex($@"(?:(?<sender2>{Place})\s+and\s+)?(?<sender>{Place})\s+(?:also\s+|now\s+|currently\s+|later\s+)?(?:has|have|has\s+had|had|maintains?|operates?|opened|open|runs?|established|set\s+up|keeps?|inaugurated)\s+(?:also\s+)?(?:an?\s+|its\s+|their\s+|{Count}\s+)?(?:new\s+|resident\s+|permanent\s+)?$")]
    private static partial Regex SubjectBefore();

    /// <summary>"the Turkish ", "Japan's ", "the Polish new ": an adjective or a possessive right before the word.</summary>
    [GeneratedRegex(@"(?<sender>\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}\-]+)?)(?:'s|’s)?\s+(?:new\s+|resident\s+)?$")]
    private static partial Regex AdjectiveBefore();

    /// <summary>"… and a ", ", two ", ", opened on 8 October 1975, as well as ": another mission of the sender named just before.</summary>
    [GeneratedRegex($@"(?:^\s*|,\s*|\band\s+|\bas\s+well\s+as\s+|\bplus\s+|\balong\s+with\s+)(?:also\s+)?(?:by\s+|(?:has|have|maintains|operates|runs|opened)\s+(?:also\s+)?)?(?:an?\s+|its\s+|{Count}\s+)?(?:new\s+|resident\s+)?$")]
    private static partial Regex Continuation();

    [GeneratedRegex($@"^\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?<sender>{Place})")]
    private static partial Regex OfSender();

    /// <summary>What may stand between the mission word and its first place: "was opened in", "(in", "operates in".</summary>
    [GeneratedRegex(@"^\s*(?:\(\s*)?(?:(?:was|were|has\s+been|had\s+been|is|are|has|have|had)\s+)?(?:(?:also\s+)?(?:opened|established|inaugurated|set\s+up|re-?opened|located|operating|based|accredited|operated|worked|functioned)\s+|operates\s+|works\s+|functions\s+)?(?:(?:on|in)\s+[^,;()]{1,40}?\s+)??(?:in|at)\s+(?:the\s+)?(?=\p{Lu})")]
    private static partial Regex BeforePlace();

    [GeneratedRegex($@"^(?<place>{Place})")]
    private static partial Regex FirstPlace();

    /// <summary>", Kyzyl", ", and Ulan Ude", " and in Nitra", " and, since 5 April 2021, in Dakhla": the next place of a list.</summary>
    [GeneratedRegex($@"^(?:\s*,\s*(?:and\s+)?|\s+and,?\s+)(?:(?<since>(?:since|from)\s+[^,]{{1,40}}),\s*)?(?:in\s+)?(?<place>{Place})(?!\s+(?:has|have|is|are|maintains|operates|opened|was|were)\b)(?!['’]s)")]
    private static partial Regex NextPlace();

    [GeneratedRegex($@"\b(?:accredited|represented)\s+(?:also\s+)?(?:to|in)\s+(?:the\s+)?(?<host>{Place})")]
    private static partial Regex AccreditedTo();

    [GeneratedRegex(@"\b(?:established|opened|inaugurated|founded|set up|since|re-?opened)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    /// <summary>A mission word and its sender; <see cref="OtherSender"/> for "A and B established embassies", <see cref="ServedHost"/> for "represented in Y".</summary>
    private sealed record Mention(Match Kind, Country Sender, Country? OtherSender, Country? ServedHost = null)
    {
        /// <summary>
        /// True when the words before the mission word are not about it: "… and a consulate-general in Batumi" (they
        /// belong to the mission before), "Denmark recognised Ghana on 6 March 1957 and opened an embassy" (to the
        /// first verb).
        /// </summary>
        public bool Continues { get; init; }
    }

    /// <summary>"Both countries have embassies in each other's capitals", "The two countries have resident embassies".</summary>
    [GeneratedRegex(@"\b(?:both\s+(?:countries|states|nations|sides)|the\s+two\s+(?:countries|states|nations))\s+(?:also\s+)?(?:have|maintain|operate|opened|established)\s+(?:resident\s+)?embassies(?<capitals>\s+in\s+(?:each\s+other['’]s|the\s+other['’]s|their\s+respective)\s+capitals?)?", RegexOptions.IgnoreCase)]
    private static partial Regex EmbassiesInEachOther();

    /// <summary>Reads the missions of one sentence; true when it named at least one mission of the relation.</summary>
    public bool Read(string sentence, SourceRef source)
    {
        if (EmbassiesInEachOther().Match(sentence) is { Success: true } both)
        {
            foreach (var sender in context.Article.Countries)
            {
                var host = context.Article.Other(sender)!;
                var capital = both.Groups["capitals"].Success ? host.Capitals.FirstOrDefault() : null;
                book.Mission(sender, host, MissionKind.Embassy, source, capital,
                    capital is null ? null : Basis.Inferred($"the city is {host.Name}'s capital, which \"each other's capitals\" implies"));
            }
            return true;
        }
        var kinds = KindWord().Matches(sentence);
        var found = false;
        Mention? previous = null;
        var readTo = 0; // where the previous mission's places end: its dates are not the next one's
        for (var i = 0; i < kinds.Count; i++)
        {
            var kind = kinds[i];
            var mention = Sender(sentence, kind, previous, Math.Min(kind.Index, Math.Max(readTo, i == 0 ? 0 : kinds[i - 1].Index + kinds[i - 1].Length)));
            previous = mention;
            if (mention is null)
            {
                continue;
            }
            var scopeEnd = i + 1 < kinds.Count ? kinds[i + 1].Index : sentence.Length;
            // A new subject's dates start with its own clause: "… in Dhaka in March 1972, and Bangladesh opened its embassy in Tokyo in 1973".
            var clauseStart = ClauseBreak().Matches(sentence[..kind.Index]).LastOrDefault() is { } clauseBreak ? clauseBreak.Index + clauseBreak.Length : 0;
            var scope = sentence[(mention.Continues ? kind.Index : Math.Min(Math.Max(readTo, clauseStart), kind.Index))..scopeEnd];
            var end = ReadPlaces(sentence, kind, mention, source, scope, single: kinds.Count == 1);
            found |= end > 0;
            readTo = Math.Max(readTo, end);
        }
        return found;
    }

    private Mention? Sender(string sentence, Match kind, Mention? previous, int previousEnd)
    {
        var before = sentence[..kind.Index];
        if (RepresentedBefore().Match(before) is { Success: true } represented && PairCountry(represented.Groups["sender"].Value) is { } representedSender)
        {
            return new Mention(kind, representedSender, null, PairCountry(represented.Groups["host"].Value));
        }
        if (SubjectBefore().Match(before) is { Success: true } subject && PairCountry(subject.Groups["sender"].Value) is { } sender)
        {
            var second = subject.Groups["sender2"].Success ? PairCountry(subject.Groups["sender2"].Value) : null;
            return new Mention(kind, sender, second is not null && !second.Is(sender) ? second : null);
        }
        if (previous is null && SubjectWithSecondVerb().Match(before) is { Success: true } coordinated && PairCountry(coordinated.Groups["sender"].Value) is { } first)
        {
            return new Mention(kind, first, null) { Continues = true };
        }
        if (PronounBefore().Match(before) is { Success: true } pronoun)
        {
            // "…, while Cyprus was represented in Israel by a non-resident ambassador until it opened its embassy": the clause's first country.
            var clauseStart = ClauseBreak().Matches(before[..pronoun.Index]).LastOrDefault() is { } b ? b.Index + b.Length : 0;
            // The clause's opening place first, so that a name of several words ("Côte d'Ivoire was represented in
            // Lebanon …") is not passed over for a later country.
            var clause = before[clauseStart..pronoun.Index];
            var clauseSubject = (FirstPlace().Match(clause.TrimStart()) is { Success: true } opening ? PairCountry(opening.Groups["place"].Value) : null)
                ?? clause.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => context.CountryOfPlace(w.Trim(',', '.'))).FirstOrDefault(c => c is not null);
            if (clauseSubject is not null)
            {
                return new Mention(kind, clauseSubject, null) { Continues = true };
            }
        }
        if (OfSender().Match(sentence[(kind.Index + kind.Length)..]) is { Success: true } of && PairCountry(of.Groups["sender"].Value) is { } ofSender)
        {
            return new Mention(kind, ofSender, null);
        }
        if (AdjectiveBefore().Match(before) is { Success: true } adjective && PairCountry(adjective.Groups["sender"].Value) is { } adjectiveSender)
        {
            return new Mention(kind, adjectiveSender, null);
        }
        // Between the two, no new subject: "… in Lisbon, which opened in 1976, and by an honorary consulate in Porto".
        var between = sentence[previousEnd..kind.Index];
        return previous is not null && Continuation().IsMatch(between) && context.CountriesMentioned(between).Count == 0 && !between.Contains(". ", StringComparison.Ordinal)
            ? previous with { Kind = kind, Continues = true }
            : null;
    }

    /// <summary>A country of the pair named by <paramref name="words"/>, or by its last word ("the Republic of Poland"), else null.</summary>
    private Country? PairCountry(string words) => context.CountryOfPlace(words) ?? context.CountryOfPlace(words.Split(' ')[^1]);

    /// <summary>Adds the mission at each place named after the mission word; returns where the places end, 0 when none.</summary>
    private int ReadPlaces(string sentence, Match kind, Mention mention, SourceRef source, string scope, bool single)
    {
        var after = kind.Index + kind.Length;
        if (OfSender().Match(sentence[after..]) is { Success: true } of)
        {
            after += of.Length;
        }
        var lead = BeforePlace().Match(sentence[after..]);
        if (!lead.Success)
        {
            // "Georgia has an embassy." names no place: in a bilateral article it is in the other country.
            if (mention.OtherSender is null && context.Article.Other(mention.Sender) is { } host && EndsClause(sentence[after..]))
            {
                Add(mention.Sender, new MissionSite(host, null, null), kind, source, single && !mention.Continues ? sentence : scope, null);
                return after;
            }
            return 0;
        }
        var at = after + lead.Length;
        var first = FirstPlace().Match(sentence[at..]);
        if (!first.Success)
        {
            return 0;
        }
        var places = new List<(string Place, string? Since)> { (first.Groups["place"].Value, null) };
        at += first.Length;
        for (var next = NextPlace().Match(sentence[at..]); next.Success; next = NextPlace().Match(sentence[at..]))
        {
            places.Add((next.Groups["place"].Value, next.Groups["since"].Success ? next.Groups["since"].Value : null));
            at += next.Length;
        }
        var accreditedTo = mention.ServedHost
            ?? (AccreditedTo().Match(sentence) is { Success: true } acc ? context.CountryOfPlace(acc.Groups["host"].Value) : null);
        // A date said of one place ("and, since 5 April 2021, in Dakhla") is that place's alone.
        var ownDates = places.Any(p => p.Since is not null);
        var found = false;
        foreach (var (place, since) in places)
        {
            // "Hungary and Slovakia established embassies in Bratislava and Budapest": each in the other's country; a
            // city the article does not place says nothing about whose mission it is.
            var sender = mention.OtherSender is null ? mention.Sender : context.Article.Other(context.CountryOfPlace(place));
            if (sender is null)
            {
                continue;
            }
            if (MissionSite.Resolve(place, sender, context, accreditedTo) is { } site)
            {
                var dates = since ?? (ownDates ? "" : single && places.Count == 1 && !mention.Continues ? sentence : scope);
                Add(sender, site, kind, source, dates, sentence);
                found = true;
            }
        }
        return found ? at : 0;
    }

    private static bool EndsClause(string rest) => rest.TrimStart().Length == 0 || rest.TrimStart()[0] is '.' or ',' or ';' or ')';

    /// <summary>Adds the mission; its opening date is the first date of <paramref name="dates"/> when the sentence speaks of an opening.</summary>
    private void Add(Country sender, MissionSite site, Match kind, SourceRef source, string dates, string? sentence = null)
    {
        var mission = book.Mission(sender, site.Host, MissionKinds.Of(kind.Value), source, site.City);
        mission.ResidentIn ??= site.ResidentIn;
        if (mission.Opened is null && Opening().IsMatch(sentence ?? dates) && DateFinder.FindAll(dates).FirstOrDefault(d => d.Date is not null) is { } opened)
        {
            mission.Opened = opened.Date;
            mission.OpenedSource = source;
        }
    }
}
