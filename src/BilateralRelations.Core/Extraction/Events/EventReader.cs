using System.Text.RegularExpressions;
using BilateralRelations.Core.Dates;
using BilateralRelations.Core.Facts;
using BilateralRelations.Core.Text;

namespace BilateralRelations.Core.Extraction.Events;

/// <summary>
/// Every other dated fact in the prose. A sentence with several dates ("recognized … on December 26, 1991 and
/// the diplomatic relations were established on November 27, 1992") gives one event per date, each titled by
/// its own clause.
/// </summary>
public sealed partial class EventReader(ArticleContext context)
{
    [GeneratedRegex(@"(?:,\s+|;\s+|\s+and\s+|\s+while\s+|\s+but\s+)")]
    private static partial Regex ClauseBoundary();

    private readonly List<EventFact> _facts = [];
    private readonly Slug.Registry _slugs = new();

    /// <summary>Reads the dated clauses of a sentence as events, except the dates <paramref name="alreadyUsed"/> that another fact took.</summary>
    public void Read(string sentence, SourceRef source, IReadOnlyCollection<FuzzyDate>? alreadyUsed = null)
    {
        var dates = DateFinder.FindAll(sentence).Where(d => alreadyUsed is null || d.Date is not { } date || !alreadyUsed.Contains(date)).ToList();
        foreach (var broken in dates.Where(d => d.Date is null))
        {
            context.Report(source.Line, DiagnosticSeverity.Error, $"Impossible date: {broken.Error}; the fact was not imported.", source.Text);
        }
        var valid = dates.Where(d => d.Date is not null).ToList();
        for (var i = 0; i < valid.Count; i++)
        {
            var from = i == 0 ? 0 : Boundary(sentence, valid[i - 1].End, valid[i].Index, clauseStart: true);
            var to = i == valid.Count - 1 ? sentence.Length : Boundary(sentence, valid[i].End, valid[i + 1].Index, clauseStart: false);
            var title = Tidy(sentence[from..to]);
            var date = valid[i].Date!.Value;
            _facts.Add(new EventFact(_slugs.Claim(Slug.From($"{date.SlugKey} {Words(title, 6)}")), date, EventKinds.Classify(title), title, source, Basis.Stated));
        }
    }

    /// <summary>Where one date's clause ends and the next begins: the clause break between them.</summary>
    private static int Boundary(string sentence, int from, int to, bool clauseStart)
    {
        var breaks = ClauseBoundary().Matches(sentence[from..to]);
        if (breaks.Count == 0)
        {
            return clauseStart ? from : to;
        }
        // The first break after a date ends its clause: "…in August 2017, and LATAM … between Santiago and Auckland on …".
        var chosen = breaks[0];
        return clauseStart ? from + chosen.Index + chosen.Length : from + chosen.Index;
    }

    private static string Tidy(string clause)
    {
        var t = clause.Trim().TrimEnd('.', ',', ';').Trim();
        return t.Length == 0 ? t : char.ToUpperInvariant(t[0]) + t[1..];
    }

    private static string Words(string text, int count) => string.Join(' ', text.Split(' ').Take(count));

    public IReadOnlyList<EventFact> Build() => _facts;
}

/// <summary>Sorts an event into a broad kind by its wording.</summary>
public static partial class EventKinds
{
    [GeneratedRegex(@"\brecogni[sz]", RegexOptions.IgnoreCase)]
    private static partial Regex Recognition();

    [GeneratedRegex(@"diplomatic relations", RegexOptions.IgnoreCase)]
    private static partial Regex Relations();

    [GeneratedRegex(@"\b(?:flights?|airline|air route|cargo|railway|rail|ferry|route|bus)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Transport();

    [GeneratedRegex(@"\b(?:business|forum|trade|investment|import\w*|export\w*|gas|oil|pipeline|energy|company|bank|economic)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Economy();

    [GeneratedRegex(@"\b(?:students?|universit\w*|scholarships?|education|school)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Education();

    [GeneratedRegex(@"\b(?:days|festival|exhibition|concert|culture|cultural|stamps?|art|film|museum|tourism)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Culture();

    [GeneratedRegex(@"\b(?:established|founded|created|set up|formed|launched)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Founding();

    /// <summary>A recognition or an establishment, break or restoration of diplomatic relations: a milestone of the relation itself.</summary>
    public static bool IsMilestone(string text) => Recognition().IsMatch(text) || Relations().IsMatch(text);

    public static EventKind Classify(string text) =>
        Recognition().IsMatch(text) ? EventKind.Recognition
        : Relations().IsMatch(text) ? EventKind.DiplomaticRelations
        : Transport().IsMatch(text) ? EventKind.Transport
        : Founding().IsMatch(text) ? EventKind.Founding
        : Education().IsMatch(text) ? EventKind.Education
        : Economy().IsMatch(text) ? EventKind.Economy
        : Culture().IsMatch(text) ? EventKind.Culture
        : EventKind.Other;
}
