using System.Text.RegularExpressions;
using BilateralRelations.Core.Articles;
using BilateralRelations.Core.Countries;
using BilateralRelations.Core.Dates;
using BilateralRelations.Core.Facts;
using BilateralRelations.Core.Text;

namespace BilateralRelations.Core.Extraction;

/// <summary>
/// Article text in, facts out: parses the article, then runs one extractor per kind of fact. Embassies and twin
/// towns come first (they teach the context which cities lie where), then visits (they claim their lines and
/// sentences), then agreements, memberships and, last, every other dated clause as an event.
/// </summary>
public sealed partial class RelationExtractor(CountryCatalog catalog)
{
    public RelationExtractor() : this(CountryCatalog.Default)
    {
    }

    /// <summary>Reads one article. Returns null, with diagnostics, when the text is not an article of the genre.</summary>
    public ExtractedRelation? Extract(string fileName, string text, List<Diagnostic> diagnostics)
    {
        var article = new ArticleParser(catalog).Parse(fileName, text, diagnostics);
        if (article is null)
        {
            return null;
        }
        var context = new ArticleContext(article, catalog, diagnostics);
        var readable = article.Blocks.Where(b => SectionClassifier.Classify(b.Section) != SectionKind.References).ToList();
        ReportUnknownListSections(context);

        var missions = new MissionExtractor(context);
        var sisterCities = new SisterCityExtractor(context);
        var agreements = new AgreementExtractor(context);
        var memberships = new MembershipExtractor(context);
        var events = new EventExtractor(context);

        // Embassy cities and twin towns first: they tell the visit reader where "Budapest" or "Kutaisi" is.
        var claimed = new HashSet<(int Line, string Sentence)>();
        foreach (var block in readable)
        {
            if (SectionClassifier.Classify(block.Section) == SectionKind.SisterCities)
            {
                sisterCities.Read(block);
                continue;
            }
            foreach (var sentence in SentenceSplitter.Split(block.Text))
            {
                if (missions.Read(sentence, new SourceRef(block.Line, block.Source)))
                {
                    claimed.Add((block.Line, sentence));
                }
            }
        }

        var visits = new VisitExtractor(context);
        visits.Read(readable);
        var people = new PersonResolver();
        visits.CollectPeople(people);
        var missionFacts = missions.Build();
        AddProseEvidence(context, people, readable, missionFacts);
        var personFacts = people.Resolve(visits.SpellingCounts());
        var visitFacts = visits.Resolve(people);

        foreach (var block in readable.Where(b => !visits.Consumed.Contains(b) && SectionClassifier.Classify(b.Section) is SectionKind.General or SectionKind.Agreements))
        {
            if (block.Kind == BlockKind.ListItem && SectionClassifier.Classify(block.Section) == SectionKind.Agreements
                && agreements.ReadListItem(block.Text, new SourceRef(block.Line, block.Source)))
            {
                continue;
            }
            FuzzyDate? previous = null;
            var source = new SourceRef(block.Line, block.Source);
            foreach (var sentence in SentenceSplitter.Split(block.Text))
            {
                var sentenceClaimed = claimed.Contains((block.Line, sentence)) || visits.ConsumedSentences.Contains((block.Line, sentence));
                // Clauses joined by a semicolon are separate statements: "… was signed in 1995; the university admitted its first students in 1997."
                foreach (var clause in sentence.Split("; ", StringSplitOptions.RemoveEmptyEntries))
                {
                    var isAgreement = agreements.Read(clause, previous, source, out var signedOn);
                    var isMembership = memberships.Read(clause, source) && DateFinder.FindAll(clause).Count == 0;
                    if (!sentenceClaimed && !isMembership)
                    {
                        // An agreement takes its signing date; the clause's other dates are events:
                        // "… was signed in Maputo on 31 October 2006, and Portugal handed over its stake on 27 November 2007."
                        events.Read(clause, source, alreadyUsed: isAgreement ? signedOn : null);
                    }
                    previous = DateFinder.FindAll(clause).LastOrDefault(d => d.Date is not null)?.Date ?? previous;
                }
            }
        }

        return new ExtractedRelation(article, visitFacts, personFacts, agreements.Build(), missionFacts, sisterCities.Build(),
            memberships.Build(), events.Build(), diagnostics);
    }

    /// <summary>
    /// A list of "date – …" items under a heading that is not a visits, agreements or twin-towns heading ("Chronology")
    /// may be visits the importer cannot recognise; its items are read as events, and the heading is reported.
    /// </summary>
    private static void ReportUnknownListSections(ArticleContext context)
    {
        foreach (var section in context.Article.Sections.Where(s => s.Parent is not null && SectionClassifier.Classify(s) == SectionKind.General))
        {
            var dated = section.Blocks.Count(b => b.Kind == BlockKind.ListItem && DateFinder.FindAll(b.Text).FirstOrDefault() is { Index: 0 } first
                && b.Text[first.End..].TrimStart() is ['-' or '–' or '—' or ':', ..]);
            if (dated > 0)
            {
                context.Report(section.Line, DiagnosticSeverity.Info,
                    $"The heading '{section.Heading}' is not one the importer knows for visits, agreements or twin towns; its {dated} dated list item(s) were read as events.", null);
            }
        }
    }

    /// <summary>
    /// What the rest of the article says about a delegate's country: a list item tagged with a country code that
    /// names the person ("AZE … The head of the working group is Khanhuseyn Kazimli"), or a title right before
    /// the name that names one country ("Hungarian Foreign Minister Péter Szijjártó").
    /// </summary>
    private static void AddProseEvidence(ArticleContext context, PersonResolver people, IEnumerable<Block> blocks, IReadOnlyList<MissionFact> missions)
    {
        var spellings = people.Spellings.ToList();
        foreach (var block in blocks)
        {
            var folded = TextNormalizer.Fold(block.Text);
            foreach (var spelling in spellings)
            {
                var at = folded.IndexOf(TextNormalizer.Fold(spelling), StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }
                if (block.CodeCountry is not null)
                {
                    people.AddCountryEvidence(spelling, block.CodeCountry);
                }
                else if (TitleBefore(block.Text, at, context) is { } title && context.SingleCountryIn(title) is { } country)
                {
                    people.AddCountryEvidence(spelling, country);
                }
                else if (RoleBefore().Match(block.Text[..at]) is { Success: true } role && context.CountryOfPlace(role.Groups["adjective"].Value) is { } roleCountry)
                {
                    people.AddCountryEvidence(spelling, roleCountry);
                }
            }
        }
        foreach (var ambassador in missions.SelectMany(m => m.Ambassadors.Select(a => (a.Name, m.SendingCountry))))
        {
            if (spellings.Contains(ambassador.Name))
            {
                people.AddCountryEvidence(ambassador.Name, ambassador.SendingCountry);
            }
        }
    }

    /// <summary>"its Polish co-chair is Deputy Minister of Development ": a country adjective, a role, a copula, a title.</summary>
    [GeneratedRegex(@"\b(?<adjective>\p{Lu}\p{L}+)\s+(?:[\p{Ll}\-]+\s+){1,2}(?:is|was|has been|became)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\-]*\s+|(?:of|for|and|the)\s+){0,8}$")]
    private static partial Regex RoleBefore();

    /// <summary>The title words right before position <paramref name="at"/>: "Hungarian Minister of Foreign Affairs".</summary>
    private static string? TitleBefore(string text, int at, ArticleContext context)
    {
        var words = text[..at].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = words.Length;
        while (start > 0 && (context.IsTitleWord(words[start - 1]) || words[start - 1] is "of" or "for" or "the" or "and") && !words[start - 1].EndsWith(','))
        {
            start--;
        }
        return start < words.Length ? string.Join(' ', words[start..]) : null;
    }
}
