using System.Text.RegularExpressions;
using BilateralRelations.Core.Articles;
using BilateralRelations.Core.Countries;
using BilateralRelations.Core.Facts;
using BilateralRelations.Core.Text;

namespace BilateralRelations.Core.Extraction;

/// <summary>
/// Finds the visits of an article: every dated line in a visits section, and sentences elsewhere that say
/// someone visited. Countries come only from what the article says (see <see cref="Resolve"/>).
/// </summary>
public sealed partial class VisitExtractor(ArticleContext context)
{
    private sealed record Candidate(Block Block, VisitLine Line, string Level);

    [GeneratedRegex(@"\bvisit(?:s|ed)?\b|\barrived\s+in\b|\bheld\s+talks\s+in\b|\battended\b[^.;]{0,60}\bin\s+\p{Lu}", RegexOptions.IgnoreCase)]
    private static partial Regex VisitWord();

    private readonly List<Candidate> _candidates = [];

    /// <summary>The list items read in visits sections, so other extractors leave them alone.</summary>
    public HashSet<Block> Consumed { get; } = [];

    /// <summary>Prose sentences read as visits: not also events (but they may still name an agreement).</summary>
    public HashSet<(int Line, string Sentence)> ConsumedSentences { get; } = [];

    public void Read(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            var kind = SectionClassifier.Classify(block.Section);
            if (kind == SectionKind.Visits)
            {
                ReadVisitSectionBlock(block);
            }
            else if (kind == SectionKind.General && VisitWord().IsMatch(block.Text))
            {
                ReadProseVisit(block);
            }
        }
    }

    private void ReadVisitSectionBlock(Block block)
    {
        var level = SectionClassifier.LevelHeading(block.Section) ?? "";
        if (block.Kind == BlockKind.ListItem)
        {
            Consumed.Add(block);
            if (VisitLineParser.Parse(block.Text, block.Line, block.Source, context) is { } line)
            {
                _candidates.Add(new Candidate(block, line, level));
            }
            return;
        }
        foreach (var sentence in SentenceSplitter.Split(block.Text).Where(s => VisitWord().IsMatch(s)))
        {
            if (VisitLineParser.ParseProse(sentence, context) is { } line)
            {
                Consumed.Add(block);
                _candidates.Add(new Candidate(block, line, level));
            }
        }
    }

    private void ReadProseVisit(Block block)
    {
        foreach (var sentence in SentenceSplitter.Split(block.Text).Where(s => VisitWord().IsMatch(s)))
        {
            if (VisitLineParser.ParseProse(sentence, context) is { } line)
            {
                ConsumedSentences.Add((block.Line, sentence));
                _candidates.Add(new Candidate(block, line, ""));
            }
        }
    }

    /// <summary>Registers every delegate spelling with the person resolver, with the country each line states.</summary>
    public void CollectPeople(PersonResolver people)
    {
        foreach (var c in _candidates)
        {
            foreach (var d in c.Line.Delegation)
            {
                people.Add(d.Name);
                if (context.SingleCountryIn(d.Title) is { } stated)
                {
                    people.AddCountryEvidence(d.Name, stated);
                }
                else if (c.Line.Delegation.Count == 1 && context.Article.Other(c.Line.Destination) is { } fromDestination)
                {
                    people.AddCountryEvidence(d.Name, fromDestination);
                }
            }
        }
    }

    /// <summary>How often each spelling is used: the most used full spelling names the person.</summary>
    public IReadOnlyDictionary<string, int> SpellingCounts() =>
        _candidates.SelectMany(c => c.Line.Delegation).GroupBy(d => d.Name).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>
    /// Builds the visits once people are known. The visiting country is, in order: what the line says (titles
    /// naming one of the two countries, the destination), else what the article says elsewhere about every
    /// delegate who has a country; the host is then the other country. Anything less stays unknown.
    /// </summary>
    public IReadOnlyList<VisitFact> Resolve(PersonResolver people)
    {
        var slugs = new Slug.Registry();
        var visits = new List<VisitFact>();
        foreach (var c in _candidates.OrderBy(c => c.Line.Date.Start).ThenBy(c => c.Block.Line))
        {
            var delegation = c.Line.Delegation
                .Select(d => new DelegationMember(d.Name, d.Title, d.Honorific, people.SlugOf(d.Name)))
                .ToList();
            var (visiting, host) = Countries(c, people);
            var level = c.Level.Length > 0 ? c.Level : VisitTiers.Label(VisitTiers.FromTitles(c.Line.Delegation.Select(d => d.Title)));
            var tier = c.Level.Length > 0 ? VisitTiers.FromHeading(c.Level, c.Line.Delegation.Select(d => d.Title)) : VisitTiers.FromTitles(c.Line.Delegation.Select(d => d.Title));
            visits.Add(new VisitFact(
                slugs.Claim($"{c.Line.Date.SlugKey}-{delegation[0].PersonSlug}"),
                c.Line.Date, level, tier, c.Line.Kind, delegation, c.Line.Purpose, visiting, host,
                c.Line.Description, new SourceRef(c.Block.Line, c.Block.Source)));
        }
        return visits;
    }

    private (Country? Visiting, Country? Host) Countries(Candidate c, PersonResolver people)
    {
        var article = context.Article;
        var stated = c.Line.Delegation.Select(d => context.SingleCountryIn(d.Title)).OfType<Country>().DistinctBy(x => x.Slug).ToList();
        if (article.Other(c.Line.Destination) is { } fromDestination)
        {
            stated = stated.Append(fromDestination).DistinctBy(x => x.Slug).ToList();
        }
        if (stated.Count > 1)
        {
            context.Report(c.Block.Line, DiagnosticSeverity.Warning, "The line names both countries as the visiting side; its countries were left unknown.", c.Block.Source);
            return (null, null);
        }
        var visiting = stated.SingleOrDefault();
        if (visiting is null)
        {
            var inferred = c.Line.Delegation.Select(d => people.CountryOf(d.Name)).OfType<Country>().DistinctBy(x => x.Slug).ToList();
            visiting = inferred.Count == 1 ? inferred[0] : null;
        }
        return (visiting, article.Other(visiting));
    }
}
