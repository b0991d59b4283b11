using System.Text.RegularExpressions;
using BilateralRelations.Core.Countries;
using BilateralRelations.Core.Dates;
using BilateralRelations.Core.Extraction.People;
using BilateralRelations.Core.Facts;

namespace BilateralRelations.Core.Extraction.Missions;

/// <summary>
/// Ambassadors told in a sentence, in the genre's shapes: "Since December 14, 2010 ambassador of Hungary in
/// Azerbaijan is Zsolt Cutora", "On 2 October 2009, Vigen Chitechian was appointed Ambassador Extraordinary and
/// Plenipotentiary of Armenia to France", "Henri Reynaud, Ambassador … of the French Republic to Armenia, presented
/// his credentials …", "The current Moroccan ambassador is X", "Its ambassador, Joaquim Bule, took office …".
/// </summary>
public sealed partial class AmbassadorSentenceReader(ArticleContext context, MissionBook book)
{
    private const string Place = Patterns.Place;
    private const string Name = Patterns.PersonName;
    private const string Title = Patterns.EnvoyTitle;

    [GeneratedRegex($@"{Title}|\bcredentials\b|\bcredence\b")]
    private static partial Regex TitleWord();

    /// <summary>
    /// "Juris Vītols presented his credentials to Moldovan President Maia Sandu", "Rosalinda M. Pineda presented her
    /// credentials as Philippine ambassador to the Emir of Qatar": the name, and the words that say the sides.
    /// </summary>
    [GeneratedRegex($@"(?:{Title}\s+)?(?<name>{Name}),?\s+(?:presented|handed\s+over|submitted)\s+(?:his|her|their)\s+(?:(?:letters\s+of\s+)?credentials|letters?\s+of\s+credence)\b(?<rest>[^.;]*)")]
    private static partial Regex Credentials();

    [GeneratedRegex(@"^\s*to\s+(?:the\s+)?(?<host>(?:\p{Lu}[\p{L}\-]*\s*){1,3}(?:of\s+(?:the\s+)?\p{Lu}[\p{L}\-]*)?)")]
    private static partial Regex CredentialsTo();

    [GeneratedRegex($@"(?<sender>{Place})\s+(?:has\s+been|is|was)\s+represented\s+in\s+(?:the\s+)?(?<place>{Place})\s+by\s+(?:its\s+)?{Title}\s+(?<name>{Name})")]
    private static partial Regex RepresentedByAmbassador();

    /// <summary>"Ambassador … of (the Republic of) X to/in Y".</summary>
    [GeneratedRegex($@"{Title}\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?<sender>{Place})\s+(?:in|to)\s+(?:the\s+)?(?<place>{Place})")]
    private static partial Regex TitleOfTo();

    /// <summary>"Hungarian ambassador", "Japan's ambassador to Lithuania", "the current Moroccan ambassador".</summary>
    [GeneratedRegex($@"(?<sender>\p{{Lu}}[\p{{L}}\-]+(?:\s\p{{Lu}}[\p{{L}}\-]+)?)(?:'s|’s)?\s+(?:(?:new|current|first|resident|non-resident)\s+)?{Title}(?:\s+(?:in|to)\s+(?:the\s+)?(?<place>{Place}))?")]
    private static partial Regex AdjectiveTitle();

    /// <summary>"The current Vietnamese ambassador, Phạm Thị Thanh Bình, presented …": a name between commas.</summary>
    [GeneratedRegex($@"^,\s+(?<name>{Name}),")]
    private static partial Regex NameAppositiveAfter();

    [GeneratedRegex($@"^\s+(?:is|was|has been)\s+(?:now\s+)?(?<name>{Name})")]
    private static partial Regex NameAfterIs();

    /// <summary>"Ambassador of Hungary to Azerbaijan Zsolt Cutora": the name right after the title.</summary>
    [GeneratedRegex($@"^\s+(?:(?:Mr|Mrs|Ms|Dr|H\.E)\.?\s+)*(?<name>{Name})")]
    private static partial Regex NameRightAfter();

    /// <summary>"Vigen Chitechian was appointed ", "Henri Reynaud, ", "X is the ", "X has served as ": a name before the title.</summary>
    [GeneratedRegex($@"(?<name>{Name})(?:,?\s+(?:was|has\s+been|had\s+been|is|became|has\s+served\s+as|served\s+as|serves\s+as)\s+(?:(?:appointed|named|accredited)\s+(?:as\s+)?)?|,\s+)(?:the\s+)?(?:(?:new|current|first)\s+)?$")]
    private static partial Regex NameBefore();

    [GeneratedRegex(@"^(?:Its|The|Their)\s+(?:current\s+|new\s+)?(?i:ambassador)\b")]
    private static partial Regex ItsAmbassador();

    [GeneratedRegex($@"\b(?i:ambassador)\s+(?<name>{Name})\s+(?:has\s+headed|heads|headed|has\s+led|leads)\b")]
    private static partial Regex AmbassadorHeadsIt();

    /// <summary>Words that date a head of mission's start: the sentence's date is then the start.</summary>
    [GeneratedRegex(@"\b(?:appointed|credentials|credence|took\s+office|assumed\s+(?:his|her)\s+(?:post|duties|office)|accredited|arrived\s+in\s+post)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StartWord();

    [GeneratedRegex(@"\b(?:since|from|as of)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SinceBefore();

    /// <summary>Reads one sentence; true when it named a head of mission of the relation.</summary>
    public bool Read(string sentence, SourceRef source)
    {
        if (!TitleWord().IsMatch(sentence))
        {
            return false;
        }
        if (RepresentedByAmbassador().Match(sentence) is { Success: true } represented
            && Side(represented.Groups["sender"].Value, represented.Groups["place"].Value) is { } representedSide
            && Person(represented.Groups["name"].Value) is { } envoy)
        {
            Add(representedSide.Sender, representedSide.Site, envoy, sentence, source);
            return true;
        }
        if (Credentials().Match(sentence) is { Success: true } credentials && Person(credentials.Groups["name"].Value) is { } accredited
            && CredentialsSide(credentials.Groups["rest"].Value) is { } credentialsSide)
        {
            Add(credentialsSide.Sender, credentialsSide.Site, accredited, sentence, source);
            return true;
        }
        if (book.LastNamedOn(source.Line) is { } last)
        {
            // "… an embassy in Lisbon. Its ambassador, Joaquim Bule, took office on 12 March 2020."
            var its = ItsAmbassador().IsMatch(sentence) ? NameAppositiveAfter().Match(sentence[ItsAmbassador().Match(sentence).Length..]) : null;
            var heads = AmbassadorHeadsIt().Match(sentence);
            var name = its is { Success: true } ? Person(its.Groups["name"].Value) : heads.Success ? Person(heads.Groups["name"].Value) : null;
            if (name is not null)
            {
                MissionBook.AddHead(last, new AmbassadorFact(name, Since(sentence), source, Basis.Stated));
                return true;
            }
        }
        foreach (var title in new[] { TitleOfTo().Match(sentence), AdjectiveTitle().Match(sentence) }.Where(m => m.Success))
        {
            var place = title.Groups["place"].Success ? title.Groups["place"].Value : null;
            if (Side(title.Groups["sender"].Value, place) is not { } side)
            {
                continue;
            }
            if (NameOf(sentence, title) is { } name)
            {
                Add(side.Sender, side.Site, name, sentence, source);
                return true;
            }
            // "Lithuania's ambassadors to Iceland have been resident in Oslo": the mission, for "The current ambassador, X, …" after it.
            book.Mission(side.Sender, side.Site.Host, MissionKind.Embassy, source, side.Site.City);
            context.Report(source.Line, DiagnosticSeverity.Info, "A sentence about an ambassador names no ambassador.", source.Text);
            return false;
        }
        return DateKnownHead(sentence, source);
    }

    /// <summary>
    /// "Sheikh Nawaf Nasser Al-Sabah presented his credentials to Grand Duke Henri on 9 March 2022", "X, Luxembourg's
    /// ambassador in Riyadh, has been accredited to Kuwait since September 2021": a sentence that dates the start of a
    /// head of mission the article already named (in the infobox) without naming the sides in a way the readers
    /// above understand; the head keeps their mission and takes the date.
    /// </summary>
    private bool DateKnownHead(string sentence, SourceRef source)
    {
        if (Since(sentence) is not { } since || book.HeadedByOneNamedIn(sentence) is not { } mission)
        {
            return false;
        }
        var folded = Text.TextNormalizer.Fold(sentence);
        var head = mission.Heads.First(h => folded.Contains(Text.TextNormalizer.Fold(h.Name), StringComparison.Ordinal));
        MissionBook.AddHead(mission, new AmbassadorFact(head.Name, since, source, Basis.Stated));
        return true;
    }

    /// <summary>
    /// The sides of a credentials sentence: the envoy's title when it names one ("as Philippine ambassador", "as the
    /// Ambassador of Latvia to Moldova"), else the country the credentials went to ("to Vietnamese President …").
    /// </summary>
    private (Country Sender, MissionSite Site)? CredentialsSide(string rest)
    {
        foreach (var title in new[] { TitleOfTo().Match(rest), AdjectiveTitle().Match(rest) }.Where(m => m.Success))
        {
            if (Side(title.Groups["sender"].Value, title.Groups["place"].Success ? title.Groups["place"].Value : null) is { } side)
            {
                return side;
            }
        }
        return CredentialsTo().Match(rest) is { Success: true } to && context.SingleCountryIn(to.Groups["host"].Value) is { } receiving
            && context.Article.Other(receiving) is { } sending
            ? (sending, new MissionSite(receiving, null, null))
            : null;
    }

    /// <summary>The sending country and the mission's site, when both are of the pair.</summary>
    private (Country Sender, MissionSite Site)? Side(string senderWords, string? place)
    {
        var sender = context.CountryOfPlace(senderWords) ?? context.CountryOfPlace(senderWords.Split(' ')[^1]);
        if (sender is null)
        {
            return null;
        }
        // "The current Moroccan ambassador is X": in a bilateral article, the ambassador to the other country. "… to the
        // Emir of Qatar" or "to Turkish President Erdoğan" names a person, not a place.
        if (place is not null && place.Split(' ').Any(w => context.IsTitleWord(w)) && context.CountryOfPlace(place) is null)
        {
            place = null;
        }
        if (place is null)
        {
            return context.Article.Other(sender) is { } other ? (sender, new MissionSite(other, null, null)) : null;
        }
        return MissionSite.Resolve(place, sender, context) is { } site ? (sender, site) : null;
    }

    private void Add(Country sender, MissionSite site, string name, string sentence, SourceRef source)
    {
        var mission = book.Mission(sender, site.Host, MissionKind.Embassy, source, site.City);
        mission.ResidentIn ??= site.ResidentIn;
        MissionBook.AddHead(mission, new AmbassadorFact(name, Since(sentence), source, Basis.Stated));
    }

    /// <summary>The name the sentence gives the head of mission: after the title, between commas, or before it.</summary>
    private string? NameOf(string sentence, Match title)
    {
        var after = sentence[(title.Index + title.Length)..];
        if (NameAppositiveAfter().Match(after) is { Success: true } appositive && !NotAPerson.Is(appositive.Groups["name"].Value, context))
        {
            return appositive.Groups["name"].Value; // between commas, the whole name, however many words
        }
        foreach (var candidate in new[] { NameAfterIs().Match(after), NameRightAfter().Match(after), NameBefore().Match(sentence[..title.Index]) })
        {
            if (candidate.Success && Person(candidate.Groups["name"].Value) is { } name)
            {
                return name;
            }
        }
        return null;
    }

    /// <summary>The name part of <paramref name="words"/>, when it is a person's name and not a place or an institution.</summary>
    private string? Person(string words) =>
        NameSplitter.Split(words, context) is { } mention && !NotAPerson.Is(mention.Name, context) ? mention.Name : null;

    /// <summary>
    /// The date the head of mission took office: the sentence's date when it tells an appointment or credentials
    /// ("On 2 October 2009, X was appointed …"), else the one after "since", "from" or "as of".
    /// </summary>
    private static FuzzyDate? Since(string sentence)
    {
        var dates = DateFinder.FindAll(sentence).Where(d => d.Date is not null).ToList();
        return (dates.LastOrDefault(d => SinceBefore().IsMatch(sentence[..d.Index]))
            ?? (StartWord().IsMatch(sentence) ? dates.FirstOrDefault() : null))?.Date;
    }
}
