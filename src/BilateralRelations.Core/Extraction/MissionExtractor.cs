using System.Text.RegularExpressions;
using BilateralRelations.Core.Countries;
using BilateralRelations.Core.Dates;
using BilateralRelations.Core.Facts;
using BilateralRelations.Core.Text;

namespace BilateralRelations.Core.Extraction;

/// <summary>
/// Embassies and consulates between the two countries ("Azerbaijan has an embassy in Budapest",
/// "The Embassy of Azerbaijan in Hungary was opened in September 2004") and their ambassadors
/// ("Since December 14, 2010 ambassador of Hungary in Azerbaijan is Zsolt Cutora").
/// Mentions of the same mission in several sentences are merged.
/// </summary>
public sealed partial class MissionExtractor(ArticleContext context)
{
    private const string Place = @"\p{Lu}[\p{L}\-\.]*(?:\s\p{Lu}[\p{L}\-]*){0,3}";
    private const string Kind = @"(?<kind>(?i:embassy|consulates?[- ]generals?|consulates general|general consulates?|honorary consulates?|consulates?))";

    [GeneratedRegex($@"(?<sender>{Place})\s+(?:also\s+)?(?:has|has\s+had|had|maintains|operates|opened|runs)\s+(?:also\s+)?(?:an?\s+|its\s+)?(?:resident\s+)?{Kind}\s+in\s+(?<place>{Place})")]
    private static partial Regex HasMissionIn();

    /// <summary>"… and a consulate-general in Istanbul": another mission of the same sender in the same sentence.</summary>
    [GeneratedRegex($@"\G(?:[^.;]*?)(?:,\s*|\s+)(?:and|as well as|plus)\s+(?:also\s+)?(?:by\s+)?(?:an?\s+|its\s+)?{Kind}\s+in\s+(?<place>{Place})")]
    private static partial Regex AnotherMission();

    /// <summary>"… in Casablanca and, since 5 April 2021, in Dakhla": another city for the same kind of mission.</summary>
    [GeneratedRegex($@"\G\s*(?:,\s*)?and,?\s+(?:(?:since|from)\s+[^,]{{1,40}},\s+)?(?:in\s+)?(?<place>{Place})(?!\s+(?:has|have|is|are|maintains|operates|opened|was)\b)")]
    private static partial Regex AnotherCity();

    [GeneratedRegex($@"{Kind}\s+of\s+(?:the\s+)?(?<sender>{Place})\s+(?:(?:was|were|has\s+been)\s+(?:opened|established|inaugurated|set\s+up)|operates|is\s+located|works)\s+in\s+(?<place>{Place})")]
    private static partial Regex MissionOfOpenedIn();

    [GeneratedRegex($@"(?<sender>{Place})\s+(?:has\s+been|is|was)\s+represented\s+in\s+(?:the\s+)?(?<place>{Place})\s+by\s+(?:its\s+)?(?i:ambassador)\s+(?<name>(?:\p{{Lu}}\.\s?)*\p{{Lu}}[\p{{L}}'’\-]+(?:\s\p{{Lu}}[\p{{L}}'’\-]+){{0,3}})")]
    private static partial Regex RepresentedByAmbassador();

    /// <summary>"The current Vietnamese ambassador, Phạm Thị Thanh Bình, presented …" / "Its ambassador, Joaquim Bule, took office …".</summary>
    [GeneratedRegex(@"(?i:ambassador),\s+(?<name>(?:\p{Lu}\.\s?)*\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+){0,3}),")]
    private static partial Regex AmbassadorAppositive();

    [GeneratedRegex(@"^(?:Its|The|Their)\s+(?:current\s+|new\s+)?(?i:ambassador)\b")]
    private static partial Regex ItsAmbassador();

    [GeneratedRegex(@"\b(?i:ambassador)\s+(?<name>(?:\p{Lu}\.\s?)*\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+){0,3})\s+(?:has\s+headed|heads|headed|has\s+led|leads)\b")]
    private static partial Regex AmbassadorHeadsIt();

    [GeneratedRegex($@"(?<sender>{Place})\s+is\s+represented\s+in\s+(?:the\s+)?{Place}\s+(?:by|through)\s+(?:an?\s+|its\s+)?{Kind}\s+in\s+(?<place>{Place})")]
    private static partial Regex RepresentedBy();

    [GeneratedRegex($@"(?<sender>{Place})(?:'s|’s)?\s+{Kind}\s+(?:in|to)\s+(?<place>{Place})")]
    private static partial Regex AdjectiveMissionIn();

    [GeneratedRegex($@"{Kind}\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?<sender>{Place})\s+(?:in|to)\s+(?<place>{Place})")]
    private static partial Regex MissionOfIn();

    [GeneratedRegex(@"\b(?:established|opened|inaugurated|founded|set up|since)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    [GeneratedRegex(@"\bambassador\b", RegexOptions.IgnoreCase)]
    private static partial Regex AmbassadorWord();

    [GeneratedRegex($@"(?i:ambassador)\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?<sender>{Place})\s+(?:in|to)\s+(?:the\s+)?(?<place>{Place})")]
    private static partial Regex AmbassadorOf();

    [GeneratedRegex($@"(?<sender>\p{{Lu}}[\p{{L}}\-]+(?:\s\p{{Lu}}[\p{{L}}\-]+)?)(?:'s|’s)?\s+(?:(?:new|current|first)\s+)?(?i:ambassador)(?:\s+(?:in|to)\s+(?:the\s+)?(?<place>{Place}))?")]
    private static partial Regex AdjectiveAmbassador();

    [GeneratedRegex(@"\b(?:is|was|has been)\s+(?:now\s+)?(?<name>(?:\p{Lu}\.\s?)*\p{Lu}[\p{L}'’\-]+(?:\s(?:\p{Lu}\.\s?)*\p{Lu}[\p{L}'’\-]+){0,3})")]
    private static partial Regex NameAfterIs();

    [GeneratedRegex(@"^(?:(?i:since|from|as of)\s+.+?,?\s+)?(?:the\s+)?(?<name>(?:\p{Lu}\.\s?)*\p{Lu}[\p{L}'’\-]+(?:\s(?:\p{Lu}\.\s?)*\p{Lu}[\p{L}'’\-]+){0,3}),?\s+(?:is|has been|was|became|has served as|served as|serves as)\s+(?:the\s+)?(?:current\s+)?(?:[\p{L}'’]+\s+)?(?i:ambassador)")]
    private static partial Regex NameBeforeIs();

    [GeneratedRegex(@"\b(?:since|from|as of|(?:appointed|accredited)(?:\s+on|\s+in)?|(?:credentials|office)\b[^.;]{0,60}?\s(?:on|in))\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SinceBefore();

    private sealed class Draft
    {
        public required Country Sending;
        public required Country Host;
        public required MissionKind Kind;
        public string? City;
        public FuzzyDate? Opened;
        public SourceRef? OpenedSource;
        public required SourceRef Source;
        public List<AmbassadorFact> Ambassadors { get; } = [];
    }

    private readonly List<Draft> _drafts = [];

    /// <summary>The embassy last named on the current line: "Its ambassador …", "Ambassador X has headed it …".</summary>
    private Draft? _lastInLine;
    private int _lastLine;

    /// <summary>Reads one sentence; returns true when it was about a mission or an ambassador.</summary>
    public bool Read(string sentence, SourceRef source)
    {
        if (source.Line != _lastLine)
        {
            (_lastInLine, _lastLine) = (null, source.Line);
        }
        if (AmbassadorWord().IsMatch(sentence) && ReadAmbassador(sentence, source))
        {
            return true;
        }
        var found = false;
        foreach (var regex in new[] { HasMissionIn(), RepresentedBy(), MissionOfOpenedIn(), MissionOfIn(), AdjectiveMissionIn() })
        {
            foreach (Match m in regex.Matches(sentence))
            {
                var end = m.Index + m.Length;
                var sending = ReadMission(m.Groups["sender"].Value, m.Groups["place"].Value, m.Groups["kind"].Value, sentence, m.Index, end, source);
                found |= sending is not null;
                var kind = m.Groups["kind"].Value;
                while (sending is not null)
                {
                    var more = AnotherMission().Match(sentence, end);
                    var city = more.Success ? null : AnotherCity().Match(sentence, end);
                    if (more.Success)
                    {
                        (end, kind) = (more.Index + more.Length, more.Groups["kind"].Value);
                        ReadMission(m.Groups["sender"].Value, more.Groups["place"].Value, kind, sentence, more.Groups["kind"].Index, end, source);
                    }
                    else if (city is { Success: true })
                    {
                        ReadMission(m.Groups["sender"].Value, city.Groups["place"].Value, kind, sentence, city.Index, city.Index + city.Length, source);
                        end = city.Index + city.Length;
                    }
                    else
                    {
                        break;
                    }
                }
            }
            if (found)
            {
                break;
            }
        }
        // "Lithuania opened its embassy in Tokyo in 1998; Ambassador X has headed it since 4 September 2017."
        if (_lastInLine is not null && AmbassadorHeadsIt().Match(sentence) is { Success: true } head
            && NameSplitter.Split(head.Groups["name"].Value, context)?.Name is { } headName)
        {
            _lastInLine.Ambassadors.Add(new AmbassadorFact(headName, Since(sentence), source));
            found = true;
        }
        return found;
    }

    /// <summary>One mission from a match; its opening date is the first date between it and the next mission named.</summary>
    private Country? ReadMission(string sender, string place, string kind, string sentence, int start, int end, SourceRef source)
    {
        var sending = context.CountryOfPlace(sender) ?? LastWordCountry(sender);
        var (host, city) = HostAndCity(place, sending);
        if (sending is null || host is null || sending.Is(host))
        {
            return null;
        }
        var draft = DraftFor(sending, host, KindOf(kind), source, city);
        _lastInLine = draft.Kind == MissionKind.Embassy ? draft : _lastInLine ?? draft;
        if (city is not null)
        {
            draft.City ??= city;
            context.AddCity(city, host);
        }
        var next = AnotherMission().Match(sentence, end);
        var scope = sentence[start..(next.Success ? next.Groups["kind"].Index : sentence.Length)];
        if (Opening().IsMatch(sentence) && DateFinder.FindAll(scope).FirstOrDefault(d => d.Date is not null) is { } opened)
        {
            draft.Opened ??= opened.Date;
            draft.OpenedSource ??= source;
        }
        return sending;
    }

    private bool ReadAmbassador(string sentence, SourceRef source)
    {
        if (RepresentedByAmbassador().Match(sentence) is { Success: true } represented)
        {
            var from = context.CountryOfPlace(represented.Groups["sender"].Value) ?? LastWordCountry(represented.Groups["sender"].Value);
            var (to, city) = HostAndCity(represented.Groups["place"].Value, from);
            if (from is not null && to is not null && !from.Is(to) && NameSplitter.Split(represented.Groups["name"].Value, context)?.Name is { } envoy)
            {
                var draft = DraftFor(from, to, MissionKind.Embassy, source);
                draft.City ??= city;
                draft.Ambassadors.Add(new AmbassadorFact(envoy, Since(sentence), source));
                return true;
            }
        }
        if (_lastInLine is not null && ItsAmbassador().IsMatch(sentence) && AmbassadorAppositive().Match(sentence) is { Success: true } its
            && its.Groups["name"].Value is { } itsName)
        {
            // "… an embassy in Lisbon … Its ambassador, Joaquim Bule, took office on 12 March 2020."
            _lastInLine.Ambassadors.Add(new AmbassadorFact(itsName, Since(sentence), source));
            return true;
        }
        var m = AmbassadorOf().Match(sentence);
        if (!m.Success)
        {
            m = AdjectiveAmbassador().Match(sentence);
        }
        if (!m.Success)
        {
            return false;
        }
        var sending = context.CountryOfPlace(m.Groups["sender"].Value) ?? LastWordCountry(m.Groups["sender"].Value);
        // "The current Moroccan ambassador is X": in a bilateral article, the ambassador to the other country.
        var (host, _) = m.Groups["place"].Success ? HostAndCity(m.Groups["place"].Value, sending) : (context.Article.Other(sending), null);
        if (sending is null || host is null || sending.Is(host))
        {
            return false;
        }
        var name = Name(sentence, m);
        if (name is null)
        {
            context.Report(source.Line, DiagnosticSeverity.Info, "A sentence about an ambassador names no ambassador.", source.Text);
            return false;
        }
        DraftFor(sending, host, MissionKind.Embassy, source).Ambassadors.Add(new AmbassadorFact(name, Since(sentence), source));
        return true;
    }

    /// <summary>The date an ambassador took office: the one after "since", "from" or "appointed on".</summary>
    private static FuzzyDate? Since(string sentence) =>
        DateFinder.FindAll(sentence).LastOrDefault(d => d.Date is not null && SinceBefore().IsMatch(sentence[..d.Index]))?.Date;

    private string? Name(string sentence, Match ambassador)
    {
        var after = NameAfterIs().Match(sentence, ambassador.Index + ambassador.Length);
        var appositive = AmbassadorAppositive().Match(sentence, ambassador.Index);
        if (!after.Success && appositive.Success)
        {
            return appositive.Groups["name"].Value; // between commas, the whole name, however many words
        }
        var candidate = after.Success ? after.Groups["name"].Value
            : NameBeforeIs().Match(sentence) is { Success: true } before ? before.Groups["name"].Value : null;
        return candidate is null ? null : NameSplitter.Split(candidate, context)?.Name;
    }

    private (Country? Host, string? City) HostAndCity(string place, Country? sending)
    {
        var trimmed = place.Trim().TrimEnd('.');
        if (context.CountryOfPlace(trimmed) is { } country && context.Article.Countries.Any(c => c.Is(country)))
        {
            var isCountryName = country.Names.Concat(country.Adjectives).Any(n => TextNormalizer.Fold(n) == TextNormalizer.Fold(trimmed));
            return (country, isCountryName ? null : trimmed);
        }
        // A city the catalogue does not know: in a bilateral article it is in the other country.
        var other = context.Article.Other(sending);
        return other is not null && trimmed.Split(' ').Length <= 4 ? (other, trimmed) : (null, null);
    }

    private Country? LastWordCountry(string phrase) => context.CountryOfPlace(phrase.Split(' ')[^1]);

    private Draft DraftFor(Country sending, Country host, MissionKind kind, SourceRef source, string? city = null)
    {
        // Two consulates in different cities are two missions; a mention without a city is the one already known.
        var draft = _drafts.FirstOrDefault(d => d.Sending.Is(sending) && d.Host.Is(host) && d.Kind == kind && (city is null || d.City is null || d.City == city));
        if (draft is null)
        {
            draft = new Draft { Sending = sending, Host = host, Kind = kind, Source = source };
            _drafts.Add(draft);
        }
        return draft;
    }

    private static MissionKind KindOf(string kind) => kind.ToLowerInvariant() switch
    {
        "embassy" => MissionKind.Embassy,
        var k when k.StartsWith("honorary", StringComparison.Ordinal) => MissionKind.HonoraryConsulate,
        "consulate" or "consulates" => MissionKind.Consulate,
        _ => MissionKind.ConsulateGeneral,
    };

    public IReadOnlyList<MissionFact> Build()
    {
        var slugs = new Slug.Registry();
        return _drafts.Select(d => new MissionFact(
            slugs.Claim(Slug.From($"{d.Sending.Name} {MissionLabel(d.Kind)} in {d.Host.Name}")),
            d.Sending, d.Host, d.Kind, d.City, d.Opened, d.OpenedSource, d.Ambassadors, d.Source)).ToList();
    }

    public static string MissionLabel(MissionKind kind) => kind switch
    {
        MissionKind.Embassy => "embassy",
        MissionKind.ConsulateGeneral => "consulate-general",
        MissionKind.Consulate => "consulate",
        _ => "honorary consulate",
    };
}
