using System.Text.RegularExpressions;
using BilateralRelations.Core.Countries;
using BilateralRelations.Core.Facts;
using BilateralRelations.Core.Text;

namespace BilateralRelations.Core.Extraction;

/// <summary>
/// Memberships of international organisations: "Both countries are full members of the Council of Europe",
/// "Hungary has observer status in the Organization of Turkic States, in which Azerbaijan is a full member".
/// A clause that names a country but no organisation ("while Hungary has observer status") refers to the
/// organisation of the clause before it.
/// </summary>
public sealed partial class MembershipExtractor(ArticleContext context)
{
    private const string Organisation = @"(?<org>\p{Lu}[\p{L}'’\-]*(?:,?\s(?:(?:of|for|and|the|on|in|de|du|des|la|le|les|et|da|do|dos|das|internationale|international|&)\s)*(?!\p{Lu}[\p{L}'’\-]*\s+(?:is|are|has|have|was|were)\b)(?:\p{Lu}[\p{L}'’\-]*|\([A-Z]+\)))*)";

    [GeneratedRegex($@"\b(?:members?|member\s+states?|observer\s+status|observers?|(?<!not\s)joined)\s+(?:(?:of|in|at|to|with)\s+)?(?:the\s+)?{Organisation}")]
    private static partial Regex OrganisationAfterStatus();

    [GeneratedRegex(@"\b(?:members?|observers?|observer\s+status|joined|membership)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StatusWord();

    [GeneratedRegex(@",\s*(?:in which|of which|where|whereas|while)\s+|\s+(?:while|whereas)\s+|;\s*")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\bboth\s+(?:countries|states|nations|sides)\b|\bboth\s+are\b", RegexOptions.IgnoreCase)]
    private static partial Regex Both();

    [GeneratedRegex(@"\bobserver", RegexOptions.IgnoreCase)]
    private static partial Regex Observer();

    [GeneratedRegex(@"\b(?:not|never|no longer|aspir\w*|seeks?|seeking|wants?|hopes?|candidate|applied|application|support\w*|join\s+both)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAMember();

    [GeneratedRegex($@"^(?<subject>\p{{Lu}}[\p{{L}}\-]*(?:\s\p{{Lu}}[\p{{L}}\-]*)?)\s+(?:also\s+)?(?:of|in)\s+(?:the\s+)?{Organisation}")]
    private static partial Regex Elliptical();

    private readonly List<MembershipFact> _facts = [];
    private readonly Slug.Registry _slugs = new();

    public bool Read(string sentence, SourceRef source)
    {
        if (!StatusWord().IsMatch(sentence))
        {
            return false;
        }
        string? lastOrganisations = null;
        var found = false;
        foreach (var clause in ClauseBreak().Split(sentence))
        {
            var matches = OrganisationAfterStatus().Matches(clause);
            if (matches.Count == 0)
            {
                // "…, in which Azerbaijan is a full member": the organisation of the clause before.
                if (lastOrganisations is not null && StatusWord().IsMatch(clause) && !NotAMember().IsMatch(clause))
                {
                    found |= AddAll(lastOrganisations, context.CountriesMentioned(clause), Observer().IsMatch(clause) ? MembershipStatus.Observer : MembershipStatus.Member, clause, source);
                }
                continue;
            }
            IReadOnlyList<Country>? firstSubject = null;
            var previousEnd = 0;
            foreach (Match m in matches)
            {
                var subjectText = clause[previousEnd..m.Index];
                previousEnd = m.Index + m.Length;
                if (NotAMember().IsMatch(clause[..previousEnd]))
                {
                    continue;
                }
                var subject = Both().IsMatch(subjectText) ? context.Article.Countries : context.CountriesMentioned(subjectText);
                // "Both countries are founding members of X and members of Y": the subject carries over.
                subject = subject.Count > 0 ? subject : firstSubject ?? subject;
                firstSubject ??= subject;
                lastOrganisations = m.Groups["org"].Value;
                var status = m.Value.StartsWith("observer", StringComparison.OrdinalIgnoreCase) ? MembershipStatus.Observer : MembershipStatus.Member;
                found |= AddAll(lastOrganisations, subject, status, clause, source);
            }
        }
        return found;
    }

    private bool AddAll(string organisations, IReadOnlyList<Country> countries, MembershipStatus status, string clause, SourceRef source)
    {
        var found = false;
        var since = Dates.DateFinder.FindAll(clause).FirstOrDefault(d => d.Date is not null)?.Date;
        foreach (var item in SplitList(organisations))
        {
            var (organisation, itemCountries) = (item, countries);
            if (Elliptical().Match(item) is { Success: true } ellipsis && context.SingleCountryIn(ellipsis.Groups["subject"].Value) is { } other)
            {
                // "Turkey is a member of NATO, and Kyrgyzstan of the Collective Security Treaty Organization."
                (organisation, itemCountries) = (ellipsis.Groups["org"].Value, [other]);
            }
            foreach (var country in itemCountries)
            {
                found |= Add(organisation, country, status, since, source);
            }
        }
        return found;
    }

    /// <summary>"the Council of Europe, the OSCE and the United Nations" → three organisations.</summary>
    private static IEnumerable<string> SplitList(string organisations) =>
        ListSeparator().Split(organisations)
            .Select(o => o.Trim().TrimEnd('.', ','))
            .Where(o => o.Length > 1 && char.IsUpper(o[0]) && !o.StartsWith("The ", StringComparison.Ordinal));

    /// <summary>
    /// A comma always separates organisations; "and" only when what follows is introduced as one ("and the …",
    /// "and of the …") or is an acronym or an organisation's head noun, so "Organization for Security and
    /// Co-operation in Europe" stays whole.
    /// </summary>
    [GeneratedRegex(@",\s*(?:and\s+)?(?:of\s+)?(?:the\s+)?|\s+and\s+(?:of\s+)?the\s+|\s+and\s+of\s+|\s+and\s+(?=[A-Z]{2,}\b|(?:\p{Lu}[\p{L}\-]*\s+){0,4}(?:Organi[sz]ation|Union|Council|Nations|Bank|Forum|Agency|Association|Community|Alliance|Commonwealth|Movement|Group|Conference|Fund)\b)")]
    private static partial Regex ListSeparator();

    private bool Add(string organisation, Country country, MembershipStatus status, Dates.FuzzyDate? since, SourceRef source)
    {
        var key = TextNormalizer.Fold(organisation);
        // A single ordinary word ("Rome") is a place or a process, not an organisation; acronyms ("NATO") are.
        var isName = organisation.Contains(' ', StringComparison.Ordinal) || organisation.Length >= 2 && organisation.All(c => char.IsUpper(c) || c == '-');
        if (!isName || context.CountryOfPlace(organisation) is not null
            || _facts.Any(f => TextNormalizer.Fold(f.Organisation) == key && f.Country.Is(country)))
        {
            return false;
        }
        _facts.Add(new MembershipFact(_slugs.Claim(Slug.From($"{country.Name} {organisation}")), organisation, country, status, since, source));
        return true;
    }

    public IReadOnlyList<MembershipFact> Build() => _facts;
}
