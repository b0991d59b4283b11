using System.Text.RegularExpressions;
using BilateralRelations.Core.Articles;
using BilateralRelations.Core.Countries;
using BilateralRelations.Core.Dates;
using BilateralRelations.Core.Extraction.People;
using BilateralRelations.Core.Facts;
using BilateralRelations.Core.Text;

namespace BilateralRelations.Core.Extraction.Visits;

/// <summary>
/// Collects the visits of an article (list items and table rows of visits sections, visits told in sentences) and,
/// once people are known, gives each its countries. Countries come only from what the article says: the visiting
/// country from the delegates' titles on the line (stated) or what other lines say of the same people (inferred);
/// the host from the other side once the visitor is known, else from the place the line names.
/// </summary>
public sealed partial class VisitExtractor(ArticleContext context)
{
    private sealed record Candidate(Block Block, VisitLine Line, string? LevelHeading);

    [GeneratedRegex(@"\bvisit(?:s|ed)?\b|\barrived\s+in\b|\bheld\s+talks\s+in\b|\battended\b[^.;]{0,100}\bin\s+\p{Lu}|\btravell?ed\s+to\b|\breturned\s+to\b|\bto\s+visit\b|\b(?:led|headed)\b[^.;]{0,80}\b(?:delegation|mission)\b[^.;]{0,60}\bto\b|\bheld\s+(?:[\w\-]+\s+){0,2}(?:talks|consultations|meetings?|negotiations)\s+in\b|\b(?:met|spoke|addressed|opened|inaugurated|took\s+part|(?:was|were)\s+received)\b[^.;]{0,80}\bin\s+\p{Lu}|\battended\s+the\s+\p{Lu}", RegexOptions.IgnoreCase)]
    private static partial Regex VisitWord();

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex YearHeading();

    [GeneratedRegex(@"^(?:\d{1,2}(?:st|nd|rd|th)?(?:\s*[–\-]\s*\d{1,2}(?:st|nd|rd|th)?)?\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2}(?!\d)(?:st|nd|rd|th)?(?:\s*[–\-]\s*\d{1,2}(?!\d)(?:st|nd|rd|th)?)?)?)(?![\s,]*\d)")]
    private static partial Regex DateWithoutYear();

    private readonly List<Candidate> _candidates = [];
    private readonly ProseVisitReader _prose = new(context);

    /// <summary>Reads a list item or table row of a visits section; a line that is not a complete visit becomes a diagnostic.</summary>
    public void ReadListItem(Block block)
    {
        var text = block.Kind == BlockKind.TableRow ? VisitTableReader.AsVisitLine(block, context) : WithHeadingYear(block);
        if (text is not null && VisitListItemReader.Read(text, block.Line, block.Source, context) is { } line)
        {
            _candidates.Add(new Candidate(block, line, SectionClassifier.LevelHeading(block.Section)));
        }
    }

    /// <summary>
    /// Reads the visits a sentence tells; true when it told at least one. <paramref name="anchor"/> is the last date
    /// written before it in its section, for "a year later".
    /// </summary>
    public bool ReadSentence(Block block, string sentence, FuzzyDate? anchor)
    {
        if (!VisitWord().IsMatch(sentence))
        {
            return false;
        }
        var inVisitsSection = SectionClassifier.Classify(block.Section) == SectionKind.Visits;
        var lines = _prose.Read(sentence, anchor, namesSuffice: inVisitsSection, block.SourceRef);
        var level = inVisitsSection ? SectionClassifier.LevelHeading(block.Section) : null;
        _candidates.AddRange(lines.Select(l => new Candidate(block, l, level)));
        return lines.Count > 0;
    }

    [GeneratedRegex(@"^(?:(?<from>.+?)\s+visits?\s+to\s+(?:the\s+)?(?<to>.+)|visits?\s+(?:from|by)\s+(?:the\s+)?(?<from>.+)|visits?\s+(?:to|in)\s+(?:the\s+)?(?<to>.+))$", RegexOptions.IgnoreCase)]
    private static partial Regex DirectionHeading();

    /// <summary>
    /// The visiting side a heading names for its list: "Philippine visits to Qatar", "Visits from Norway",
    /// "Visits to Nepal" (the other side visits), nearest heading first.
    /// </summary>
    private (Country Visiting, string Heading)? HeadingDirection(Section section)
    {
        foreach (var s in section.SelfAndAncestors().Where(s => s.Parent is not null))
        {
            if (DirectionHeading().Match(s.Heading) is not { Success: true } m)
            {
                continue;
            }
            var from = m.Groups["from"].Success ? context.SingleCountryIn(m.Groups["from"].Value) : null;
            var to = m.Groups["to"].Success ? context.SingleCountryIn(m.Groups["to"].Value) : null;
            if ((from ?? context.Article.Other(to)) is { } visiting && !visiting.Is(to))
            {
                return (visiting, s.Heading);
            }
        }
        return null;
    }

    /// <summary>"6th March – …" under a heading "2014": the heading gives the year the line leaves out.</summary>
    private static string WithHeadingYear(Block block) =>
        YearHeading().IsMatch(block.Section.Heading) && DateWithoutYear().Match(block.Text) is { Success: true } date
            && DateFinder.FindAll(block.Text).All(d => d.Index > date.Length)
            ? block.Text.Insert(date.Length, $" {block.Section.Heading}")
            : block.Text;

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
                    people.AddCountryEvidence(d.Name, stated, c.Block.Line);
                }
            }
        }
    }

    /// <summary>How often each spelling is used: the most used full spelling names the person.</summary>
    public IReadOnlyDictionary<string, int> SpellingCounts() =>
        _candidates.SelectMany(c => c.Line.Delegation).GroupBy(d => d.Name).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Builds the visits once people are known, in date order.</summary>
    public IReadOnlyList<VisitFact> Resolve(PersonResolver people)
    {
        var slugs = new Slug.Registry();
        var visits = new List<VisitFact>();
        foreach (var c in _candidates.OrderBy(c => c.Line.Date.Start).ThenBy(c => c.Block.Line))
        {
            var delegation = c.Line.Delegation
                .Select(d => new DelegationMember(d.Name, d.Title, d.Honorific, people.SlugOf(d.Name)))
                .ToList();
            var (visiting, host, countryBasis) = Countries(c, people);
            var titles = c.Line.Delegation.Select(d => d.Title).ToList();
            var tier = c.LevelHeading is { } heading ? VisitTiers.FromHeading(heading, titles) : VisitTiers.FromTitles(titles);
            visits.Add(new VisitFact(
                slugs.Claim($"{c.Line.Date.SlugKey}-{delegation[0].PersonSlug}"),
                c.Line.Date, c.LevelHeading, tier, c.Line.Kind, delegation, c.Line.Purpose, visiting, host,
                c.Line.Description, c.Block.SourceRef, c.Line.DateBasis.And(countryBasis)));
        }
        return visits;
    }

    private (Country? Visiting, Country? Host, Basis Basis) Countries(Candidate c, PersonResolver people)
    {
        var article = context.Article;
        var destination = c.Line.Destination;
        var stated = c.Line.Delegation.Select(d => context.SingleCountryIn(d.Title)).OfType<Country>().DistinctBy(x => x.Slug).ToList();
        if (stated.Count > 1 || stated.Count == 1 && stated[0].Is(destination))
        {
            context.Report(c.Block.Line, DiagnosticSeverity.Warning, "The line names both countries as the visiting side; its countries were left unknown.", c.Block.Source);
            return (null, null, Basis.Stated);
        }
        if (stated.Count == 1)
        {
            return (stated[0], article.Other(stated[0]), Basis.Stated);
        }
        var known = c.Line.Delegation.Select(d => (d.Name, Evidence: people.EvidenceFor(d.Name))).Where(x => x.Evidence is not null).ToList();
        var inferred = known.Select(x => x.Evidence!.Value.Country).DistinctBy(x => x.Slug).ToList();
        if (inferred.Count == 1 && !inferred[0].Is(destination))
        {
            var (name, evidence) = known[0];
            return (inferred[0], article.Other(inferred[0]), Basis.Inferred($"the visiting country from line {evidence!.Value.Line}, which names {name}'s country"));
        }
        if (HeadingDirection(c.Block.Section) is ({ } fromHeading, var heading) && !fromHeading.Is(destination))
        {
            return (fromHeading, article.Other(fromHeading), Basis.Inferred($"the visiting country from the heading \"{heading}\""));
        }
        // Only the place is known: the host is stated, the visiting side is not.
        return (null, destination, Basis.Stated);
    }
}
