using BilateralRelations.Core.Countries;
using BilateralRelations.Core.Dates;
using BilateralRelations.Core.Facts;
using BilateralRelations.Core.Text;

namespace BilateralRelations.Core.Tests.RealArticles;

/// <summary>The kinds of fact an answer key lists, in the order the score table shows them.</summary>
internal enum KeyedKind
{
    Visits,
    Embassies,
    Ambassadors,
    Agreements,
    Events,
    Memberships,
    SisterCities,
}

/// <summary>One keyed fact and whether the extractor got it right; <see cref="Why"/> says what differs.</summary>
internal sealed record KeyedResult(KeyedKind Kind, string Fact, bool Right, string? Why, bool WrongCountry = false);

/// <summary>
/// Scores extracted facts against an answer key the way its README says: names by containment (either way, ignoring
/// case and diacritics), dates at the key's precision, countries exactly. A visit whose visiting country the key
/// leaves open may take the country the key calls "resolvable" from another line, and no other.
/// </summary>
internal static class AnswerKeyScorer
{
    public static IReadOnlyList<KeyedResult> Score(ExtractedRelation actual, AnswerKey key)
    {
        var results = new List<KeyedResult>();
        results.AddRange(key.Visits.Select(v => ScoreVisit(actual, v)));
        results.AddRange(key.Embassies.Select(e => ScoreEmbassy(actual, e)));
        results.AddRange(key.Ambassadors.Select(a => ScoreAmbassador(actual, a)));
        results.AddRange(key.Agreements.Select(a => ScoreDated(KeyedKind.Agreements, a, actual.Agreements.Select(x => (x.Date, x.Source.Text)))));
        results.AddRange(key.Events.Select(e => ScoreDated(KeyedKind.Events, e, actual.Events.Select(x => ((FuzzyDate?)x.Date, x.Source.Text)))));
        results.AddRange(key.Memberships.Select(m => ScoreMembership(actual, m)));
        results.AddRange(key.SisterCities.Select(s => ScoreSisterCity(actual, s)));
        return results;
    }

    private static KeyedResult ScoreVisit(ExtractedRelation actual, KeyVisit key)
    {
        var label = $"line {key.Line} {key.Start} {string.Join(", ", key.People)}";
        // The key's visit among several on one line: the one with its date, else the one with its people.
        var onLine = actual.Visits.Where(v => v.Source.Line == key.Line).ToList();
        var visit = onLine.FirstOrDefault(v => Iso(v.Date.Start) == key.Start)
            ?? onLine.FirstOrDefault(v => key.People.Any(p => v.Delegation.Any(d => Contains(d.Name, p))));
        if (visit is null)
        {
            return Wrong(KeyedKind.Visits, label, $"not found ({onLine.Count} visit(s) on the line)");
        }
        var problems = new List<string>();
        Expect(problems, "start", key.Start, Iso(visit.Date.Start));
        Expect(problems, "end", key.End, Iso(visit.Date.End));
        Expect(problems, "precision", key.Precision, visit.Date.Precision.ToString().ToLowerInvariant());
        var names = visit.Delegation.Select(d => d.Name).ToList();
        if (names.Count != key.People.Count || !key.People.All(p => names.Any(n => Contains(n, p))))
        {
            problems.Add($"people '{string.Join(" | ", names)}'");
        }
        var article = actual.Article;
        var resolvable = Find(article, key.Resolvable);
        var allowedVisiting = Find(article, key.Visiting) ?? resolvable;
        var allowedHost = Find(article, key.Host) ?? article.Other(resolvable);
        var wrongCountry = false;
        if (!SameOrUnknown(visit.VisitingCountry, allowedVisiting, key.Visiting is null) | !SameOrUnknown(visit.HostCountry, allowedHost, key.Host is null))
        {
            wrongCountry = visit.VisitingCountry is not null && allowedVisiting is not null && !visit.VisitingCountry.Is(allowedVisiting)
                || visit.HostCountry is not null && allowedHost is not null && !visit.HostCountry.Is(allowedHost)
                || visit.VisitingCountry is not null && allowedVisiting is null
                || visit.HostCountry is not null && allowedHost is null;
            problems.Add($"countries {visit.VisitingCountry?.Name ?? "?"} → {visit.HostCountry?.Name ?? "?"}");
        }
        if (key.Level is not null)
        {
            Expect(problems, "level", key.Level, visit.LevelHeading);
        }
        Expect(problems, "kind", key.Kind ?? "unspecified", visit.Kind.ToString().ToLowerInvariant());
        return Result(KeyedKind.Visits, label, problems, wrongCountry);
    }

    /// <summary>A country field is right when it equals the key's; an unknown country is right when the key leaves it open.</summary>
    private static bool SameOrUnknown(Country? actual, Country? expected, bool keyLeavesOpen) =>
        actual is null ? expected is null || keyLeavesOpen : actual.Is(expected);

    private static KeyedResult ScoreEmbassy(ExtractedRelation actual, KeyEmbassy key)
    {
        var label = $"{key.Of} in {key.City}";
        var (of, host) = (Find(actual.Article, key.Of), Find(actual.Article, key.Host));
        var mission = actual.Missions.FirstOrDefault(m => m.Kind == MissionKind.Embassy && m.SendingCountry.Is(of) && m.HostCountry.Is(host)
            && m.City is { } city && Contains(city, key.City));
        if (mission is null)
        {
            var have = actual.Missions.Select(m => $"{m.SendingCountry.Name} {m.Kind} in {m.City ?? m.HostCountry.Name}");
            return Wrong(KeyedKind.Embassies, label, $"not found; have {string.Join("; ", have)}");
        }
        var problems = new List<string>();
        Expect(problems, "opened", key.Opened, mission.Opened?.SlugKey);
        return Result(KeyedKind.Embassies, label, problems);
    }

    private static KeyedResult ScoreAmbassador(ExtractedRelation actual, KeyAmbassador key)
    {
        var label = $"{key.Name} ({key.Of} to {key.To})";
        var (of, to) = (Find(actual.Article, key.Of), Find(actual.Article, key.To));
        var ambassador = actual.Missions.Where(m => m.SendingCountry.Is(of) && m.HostCountry.Is(to))
            .SelectMany(m => m.Ambassadors).FirstOrDefault(a => Contains(a.Name, key.Name));
        if (ambassador is null)
        {
            var have = actual.Missions.SelectMany(m => m.Ambassadors.Select(a => $"{a.Name} ({m.SendingCountry.Name} to {m.HostCountry.Name})"));
            return Wrong(KeyedKind.Ambassadors, label, $"not found; have {string.Join("; ", have)}");
        }
        var problems = new List<string>();
        Expect(problems, "since", key.Since, ambassador.Since?.SlugKey);
        return Result(KeyedKind.Ambassadors, label, problems);
    }

    private static KeyedResult ScoreDated(KeyedKind kind, KeyDatedFact key, IEnumerable<(FuzzyDate? Date, string Line)> facts)
    {
        var label = $"{key.Date} {string.Join(" + ", key.Words)}";
        var onLine = facts.Where(f => key.Words.All(w => f.Line.Contains(w, StringComparison.OrdinalIgnoreCase))).ToList();
        if (onLine.Any(f => f.Date?.SlugKey == key.Date))
        {
            return new KeyedResult(kind, label, true, null);
        }
        return Wrong(kind, label, onLine.Count == 0 ? "not found" : $"dated {string.Join(", ", onLine.Select(f => f.Date?.SlugKey ?? "undated"))}");
    }

    private static KeyedResult ScoreMembership(ExtractedRelation actual, KeyMembership key)
    {
        var label = $"{key.Country} {key.Status} of {key.Org}";
        var country = Find(actual.Article, key.Country);
        var same = actual.Memberships.Where(m => m.Country.Is(country) && (Contains(m.Organisation, key.Org) || Contains(key.Org, m.Organisation))).ToList();
        // The keys know no "applicant" (their README allows member, founding member, candidate, suspended): an
        // applicant is what they call a candidate.
        if (same.Any(m => StatusName(m.Status) == key.Status || m.Status == MembershipStatus.Applicant && key.Status == "candidate"))
        {
            return new KeyedResult(KeyedKind.Memberships, label, true, null);
        }
        return Wrong(KeyedKind.Memberships, label, same.Count == 0 ? "not found" : $"status {string.Join(", ", same.Select(m => StatusName(m.Status)))}");
    }

    private static KeyedResult ScoreSisterCity(ExtractedRelation actual, KeySisterCity key)
    {
        var label = $"{key.City} – {key.PartnerCity}";
        var (country, partner) = (Find(actual.Article, key.Country), Find(actual.Article, key.PartnerCountry));
        var ok = actual.SisterCities.Any(s =>
            Contains(s.City, key.City) && Contains(s.PartnerCity, key.PartnerCity) && Same(s.Country, country) && Same(s.PartnerCountry, partner)
            || Contains(s.City, key.PartnerCity) && Contains(s.PartnerCity, key.City) && Same(s.Country, partner) && Same(s.PartnerCountry, country));
        return ok ? new KeyedResult(KeyedKind.SisterCities, label, true, null) : Wrong(KeyedKind.SisterCities, label, "not found");
    }

    /// <summary>"founding member" for <see cref="MembershipStatus.FoundingMember"/>: the key's spelling.</summary>
    public static string StatusName(MembershipStatus status) => status switch
    {
        MembershipStatus.FoundingMember => "founding member",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static Country? Find(Articles.Article article, string? name) =>
        name is null ? null : article.Countries.FirstOrDefault(c => c.Names.Concat(c.Adjectives).Any(n => TextNormalizer.Fold(n) == TextNormalizer.Fold(name)))
            ?? CountryCatalog.Default.FindByName(name) ?? throw new InvalidDataException($"The key names an unknown country '{name}'.");

    private static bool Same(Country? a, Country? b) => a is null ? b is null : a.Is(b);

    /// <summary>Containment either way, ignoring case and diacritics: "Ambassador Tuvshin Badral" holds "Tuvshin Badral".</summary>
    private static bool Contains(string actual, string expected)
    {
        var (a, e) = (TextNormalizer.Fold(actual), TextNormalizer.Fold(expected));
        return a.Contains(e, StringComparison.Ordinal) || e.Contains(a, StringComparison.Ordinal) && a.Length > 2;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static void Expect(List<string> problems, string what, string? expected, string? actual)
    {
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            problems.Add($"{what} '{actual ?? "null"}', expected '{expected ?? "null"}'");
        }
    }

    private static KeyedResult Result(KeyedKind kind, string label, List<string> problems, bool wrongCountry = false) =>
        new(kind, label, problems.Count == 0, problems.Count == 0 ? null : string.Join("; ", problems), wrongCountry);

    private static KeyedResult Wrong(KeyedKind kind, string label, string why) => new(kind, label, false, why);
}
