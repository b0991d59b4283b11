using System.Text.RegularExpressions;
using BilateralRelations.Core.Articles;
using BilateralRelations.Core.Countries;
using BilateralRelations.Core.Dates;
using BilateralRelations.Core.Extraction.Agreements;
using BilateralRelations.Core.Extraction.Events;
using BilateralRelations.Core.Extraction.Memberships;
using BilateralRelations.Core.Extraction.Missions;
using BilateralRelations.Core.Extraction.People;
using BilateralRelations.Core.Extraction.SisterCities;
using BilateralRelations.Core.Extraction.Visits;
using BilateralRelations.Core.Facts;
using BilateralRelations.Core.Text;

namespace BilateralRelations.Core.Extraction;

/// <summary>
/// Article text in, facts out. The article is parsed, then read in four named phases, each feeding the next:
/// <list type="number">
/// <item><see cref="LearnPlaces"/>: the infobox's missions and envoys, missions told in sentences and twin towns,
/// which teach the context which cities lie where;</item>
/// <item><see cref="ReadLists"/>: the list items and table rows of visits and agreements sections;</item>
/// <item><see cref="ReadProse"/>: visits, agreements, memberships and, last, every other dated clause as an
/// event;</item>
/// <item><see cref="ResolvePeople"/>: spellings grouped into people, whose countries then settle the visits'.</item>
/// </list>
/// </summary>
public sealed partial class RelationExtractor(CountryCatalog catalog)
{
    public RelationExtractor() : this(CountryCatalog.Default)
    {
    }

    /// <summary>A sentence of a paragraph or list item, with the block it comes from.</summary>
    private sealed record Sentence(Block Block, string Text);

    /// <summary>
    /// Reads the one article in <paramref name="text"/>, in any form <see cref="ArticleReader"/> knows. Returns null,
    /// with diagnostics, when the text is not an article of the genre (or holds several: read those with the reader).
    /// </summary>
    public ExtractedRelation? Extract(string fileName, string text, List<Diagnostic> diagnostics)
    {
        var sources = new ArticleReader(catalog).Read(fileName, text, diagnostics);
        if (sources.Count != 1)
        {
            diagnostics.Add(new Diagnostic(fileName, 1, DiagnosticSeverity.Error, $"The file holds {sources.Count} articles, not one.", null));
            return null;
        }
        return Extract(sources[0], diagnostics);
    }

    /// <summary>Reads one article. Returns null, with diagnostics, when it is not an article of the genre.</summary>
    public ExtractedRelation? Extract(ArticleSource source, List<Diagnostic> diagnostics)
    {
        var article = new ArticleParser(catalog).Parse(source, diagnostics);
        if (article is null)
        {
            return null;
        }
        var context = new ArticleContext(article, catalog, diagnostics);
        var readable = article.Blocks.Where(b => SectionClassifier.Classify(b.Section) != SectionKind.References).ToList();
        ReportUnknownListSections(context);

        var missions = new MissionBook(context);
        var (missionSentences, sisterCities) = LearnPlaces(context, missions, readable);

        var visits = new VisitExtractor(context);
        var agreements = new AgreementReader(context);
        var listed = ReadLists(readable, visits, agreements);

        var memberships = new MembershipReader(context);
        var events = new EventReader(context);
        ReadProse(readable.Where(b => !listed.Contains(b)), missionSentences, visits, agreements, memberships, events);

        var people = ResolvePeople(context, visits, missions, readable);
        var personFacts = people.Resolve(visits.SpellingCounts()); // gives every person its slug, which the visits use
        return new ExtractedRelation(article, visits.Resolve(people), personFacts, agreements.Build(),
            missions.Build(people.SlugOf), sisterCities.Build(), memberships.Build(), events.Build(), diagnostics);
    }

    /// <summary>
    /// Phase 1. Missions (infobox first, then sentences) and twin towns: they tell the later phases where
    /// "Budapest" or "Kutaisi" is. Returns the sentences read as missions, so that they are not also events.
    /// </summary>
    private static (HashSet<Sentence> MissionSentences, SisterCityReader SisterCities) LearnPlaces(ArticleContext context, MissionBook missions, List<Block> readable)
    {
        new InfoboxMissionReader(context, missions).Read(context.Article.Infobox);
        var missionReader = new MissionSentenceReader(context, missions);
        var ambassadorReader = new AmbassadorSentenceReader(context, missions);
        var sisterCities = new SisterCityReader(context);
        var told = new HashSet<Sentence>();
        foreach (var block in readable)
        {
            if (SectionClassifier.Classify(block.Section) == SectionKind.SisterCities)
            {
                sisterCities.Read(block);
                continue;
            }
            sisterCities.ReadOutsideSection(block);
            foreach (var sentence in SentencesOf(block))
            {
                // Both readers see every sentence: "… opened its embassy in Tokyo in 1998; Ambassador X has headed it since …".
                if (missionReader.Read(sentence.Text, block.SourceRef) | ambassadorReader.Read(sentence.Text, block.SourceRef))
                {
                    told.Add(sentence);
                }
            }
        }
        return (told, sisterCities);
    }

    /// <summary>Phase 2. The list items and table rows of visits and agreements sections; returns the blocks read.</summary>
    private static HashSet<Block> ReadLists(List<Block> readable, VisitExtractor visits, AgreementReader agreements)
    {
        var listed = new HashSet<Block>();
        foreach (var block in readable.Where(b => b.Kind != BlockKind.Paragraph))
        {
            switch (SectionClassifier.Classify(block.Section))
            {
                case SectionKind.Visits:
                    visits.ReadListItem(block);
                    listed.Add(block);
                    break;
                case SectionKind.Agreements when agreements.ReadListItem(block.Text, block.SourceRef):
                    listed.Add(block);
                    break;
                case SectionKind.General or SectionKind.Agreements when block.Kind == BlockKind.TableRow:
                    listed.Add(block); // a comparison table ("| Population | 9,772,756 |") states no facts of the relation
                    break;
            }
        }
        return listed;
    }

    /// <summary>
    /// Phase 3. Sentences in order, section by section: visits first (a sentence told as a visit is not also an
    /// event), then agreements (which take their signing date), memberships, and every other dated clause as an event.
    /// The last date written in a section anchors "a year later" and "the same day".
    /// </summary>
    private static void ReadProse(IEnumerable<Block> blocks, HashSet<Sentence> missionSentences, VisitExtractor visits,
        AgreementReader agreements, MembershipReader memberships, EventReader events)
    {
        Section? section = null;
        FuzzyDate? anchor = null;
        foreach (var block in blocks)
        {
            var kind = SectionClassifier.Classify(block.Section);
            if (kind is not (SectionKind.General or SectionKind.Visits or SectionKind.Agreements))
            {
                continue;
            }
            if (block.Section != section)
            {
                (section, anchor) = (block.Section, null);
                memberships.EndList();
            }
            if (block.Kind == BlockKind.ListItem && memberships.ReadListItem(block.Text, block.SourceRef))
            {
                continue; // an organisation of the list the sentence before announced
            }
            foreach (var sentence in SentencesOf(block))
            {
                var toldVisit = kind != SectionKind.Agreements && visits.ReadSentence(block, sentence.Text, anchor);
                if (kind != SectionKind.Visits)
                {
                    ReadStatements(sentence, toldVisit || missionSentences.Contains(sentence), anchor, agreements, memberships, events);
                }
                anchor = DateFinder.FindAll(sentence.Text).LastOrDefault(d => d.Date is not null)?.Date ?? anchor;
            }
        }
    }

    /// <summary>
    /// The memberships of one sentence (their reader follows "it" and "which" across its clauses), then its agreements
    /// and events clause by clause: clauses joined by a semicolon are separate statements.
    /// </summary>
    private static void ReadStatements(Sentence sentence, bool toldElsewhere, FuzzyDate? anchor, AgreementReader agreements, MembershipReader memberships, EventReader events)
    {
        var source = sentence.Block.SourceRef;
        memberships.Read(sentence.Text, source);
        var previous = anchor;
        foreach (var clause in sentence.Text.Split("; ", StringSplitOptions.RemoveEmptyEntries))
        {
            var isAgreement = agreements.Read(clause, previous, source, out var agreementDates);
            if (!toldElsewhere)
            {
                // An agreement takes its signing date; the clause's other dates are events:
                // "… was signed in Maputo on 31 October 2006, and Portugal handed over its stake on 27 November 2007."
                // A treaty that establishes or restores relations dates both: "Diplomatic relations were established on
                // 5 November 1895, when the two countries signed the Treaty of Friendship …".
                events.Read(clause, source, alreadyUsed: isAgreement && !EventKinds.IsMilestone(clause) ? agreementDates : null);
            }
            previous = DateFinder.FindAll(clause).LastOrDefault(d => d.Date is not null)?.Date ?? previous;
        }
    }

    private static IEnumerable<Sentence> SentencesOf(Block block) =>
        block.Kind == BlockKind.TableRow ? [] : SentenceSplitter.Split(block.Text).Select(s => new Sentence(block, s));

    /// <summary>
    /// Phase 4. Every delegate and head of mission is one spelling of a person; what the article says of each
    /// person's country is gathered with the line that says it, and the visits take their countries from it.
    /// </summary>
    private static PersonResolver ResolvePeople(ArticleContext context, VisitExtractor visits, MissionBook missions, List<Block> readable)
    {
        var people = new PersonResolver();
        visits.CollectPeople(people);
        foreach (var (head, sending) in missions.Heads())
        {
            people.Add(head.Name);
            people.AddCountryEvidence(head.Name, sending, head.Source.Line);
        }
        // "R.Plevneliev" on a visit line, "Rosen Plevneliev" in a paragraph: one person, both spellings kept. Two
        // full names that fit one initial leave it alone.
        foreach (var full in people.Spellings.ToList().Select(s => FullNames.Fitting(s, context.Article).ToList()).Where(f => f.Count == 1))
        {
            people.Add(full[0]);
        }
        AddProseEvidence(context, people, readable);
        return people;
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
    /// What the rest of the article says about a person's country: a list item tagged with a country code that
    /// names the person ("AZE … The head of the working group is Khanhuseyn Kazimli"), or a title right before
    /// the name that names one country ("Hungarian Foreign Minister Péter Szijjártó").
    /// </summary>
    private static void AddProseEvidence(ArticleContext context, PersonResolver people, IEnumerable<Block> blocks)
    {
        var spellings = people.Spellings.ToList();
        foreach (var block in blocks)
        {
            var folded = TextNormalizer.Fold(block.Text);
            var named = spellings.Where(s => folded.Contains(TextNormalizer.Fold(s), StringComparison.Ordinal)).ToList();
            foreach (var spelling in named)
            {
                var at = folded.IndexOf(TextNormalizer.Fold(spelling), StringComparison.Ordinal);
                // A country code tags the item's one person, not everyone it names ("AZE … Aliyev met Áder").
                if (block.CodeCountry is not null && named.Count == 1)
                {
                    people.AddCountryEvidence(spelling, block.CodeCountry, block.Line);
                }
                else if (TitleBefore(block.Text, at, context) is { } title && context.SingleCountryIn(title) is { } country)
                {
                    people.AddCountryEvidence(spelling, country, block.Line);
                }
                else if (RoleBefore().Match(block.Text[..at]) is { Success: true } role && context.CountryOfPlace(role.Groups["adjective"].Value) is { } roleCountry)
                {
                    people.AddCountryEvidence(spelling, roleCountry, block.Line);
                }
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
