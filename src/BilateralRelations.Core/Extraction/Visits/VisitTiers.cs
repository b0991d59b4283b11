using System.Text.RegularExpressions;
using BilateralRelations.Core.Facts;

namespace BilateralRelations.Core.Extraction.Visits;

/// <summary>
/// The canonical level of a visit, from its list heading ("Head of States", "Presidents", "Royal visits") or, when the
/// heading names no level ("State visits", "2013"), from the delegates' titles; with its label and URL slug.
/// </summary>
public static partial class VisitTiers
{
    [GeneratedRegex(@"head(?:s)? of states?|president|monarch|king|queen|emir|sultan|emperor|royal|grand duke", RegexOptions.IgnoreCase)]
    private static partial Regex HeadOfState();

    [GeneratedRegex(@"head(?:s)? of governments?|prime minister|premier|chancellor|taoiseach", RegexOptions.IgnoreCase)]
    private static partial Regex HeadOfGovernment();

    [GeneratedRegex(@"parliament|speaker|majlis|assembly|senate|congress|legislat|deputies|mps\b", RegexOptions.IgnoreCase)]
    private static partial Regex Parliament();

    [GeneratedRegex(@"minister|secretary|ministerial", RegexOptions.IgnoreCase)]
    private static partial Regex Minister();

    [GeneratedRegex(@"\b(?:vice|deputy)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ViceOrDeputy();

    /// <summary>"President of the National Assembly", "President of the Central Bank": presides, but is no head of state.</summary>
    [GeneratedRegex(@"president of the (?:\w+ )?(?:parliament|assembly|senate|bank|commission|council)", RegexOptions.IgnoreCase)]
    private static partial Regex PresidentOfABody();

    /// <summary>"Governments" or "Government and ministerial visits": a heading word for heads of government.</summary>
    [GeneratedRegex(@"\bgovernments?\b", RegexOptions.IgnoreCase)]
    private static partial Regex GovernmentHeading();

    /// <summary>
    /// The level a list heading gives. A heading that names one level decides ("Presidents"); one that names several
    /// ("Heads of state and government", "Government and ministerial visits") or none ("State visits", "2013") leaves
    /// it to the delegates' titles, within the levels it names.
    /// </summary>
    public static VisitTier FromHeading(string heading, IEnumerable<string> titles)
    {
        var named = new List<VisitTier>();
        if (HeadOfState().IsMatch(heading))
        {
            named.Add(VisitTier.HeadOfState);
        }
        if (HeadOfGovernment().IsMatch(heading) || GovernmentHeading().IsMatch(heading))
        {
            named.Add(VisitTier.HeadOfGovernment);
        }
        if (Parliament().IsMatch(heading) || HasLegislature(heading))
        {
            named.Add(VisitTier.Parliament);
        }
        if (Minister().IsMatch(heading))
        {
            named.Add(VisitTier.Minister);
        }
        var fromTitles = FromTitles(titles);
        return named.Count switch
        {
            0 => fromTitles,
            1 => named[0],
            _ => named.Contains(fromTitles) ? fromTitles : named.MinBy(Rank),
        };
    }

    private static bool HasLegislature(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => People.TitleWords.IsLegislature(Text.TextNormalizer.Fold(w.Trim(',', '.'))));

    /// <summary>The highest rank among the delegation's titles.</summary>
    public static VisitTier FromTitles(IEnumerable<string> titles) =>
        titles.Select(t => Classify(t, titleMode: true)).DefaultIfEmpty(VisitTier.Other).MinBy(Rank);

    public static string Label(VisitTier tier) => tier switch
    {
        VisitTier.HeadOfState => "Heads of state",
        VisitTier.HeadOfGovernment => "Heads of government",
        VisitTier.Parliament => "Parliament",
        VisitTier.Minister => "Ministers",
        _ => "Other officials",
    };

    /// <summary>The level as it appears in addresses and the API: "heads-of-state".</summary>
    public static string Slug(VisitTier tier) => Text.Slug.From(Label(tier));

    /// <summary>The level a slug names, or null for none.</summary>
    public static VisitTier? FromSlug(string slug) =>
        Enum.GetValues<VisitTier>().Select(t => (VisitTier?)t).FirstOrDefault(t => Slug(t!.Value) == slug);

    /// <summary>Every level, highest first.</summary>
    public static IReadOnlyList<VisitTier> All { get; } = Enum.GetValues<VisitTier>().OrderBy(Rank).ToList();

    /// <summary>The level's place, highest first: heads of state 0, "other officials" last.</summary>
    public static int Rank(VisitTier tier) => tier switch
    {
        VisitTier.HeadOfState => 0,
        VisitTier.HeadOfGovernment => 1,
        VisitTier.Parliament => 2,
        VisitTier.Minister => 3,
        _ => 4,
    };

    private static VisitTier Classify(string text, bool titleMode)
    {
        // In a title, "Vice-President" or "Deputy Prime Minister" is not the head; in a heading it is the list's name.
        if (titleMode && ViceOrDeputy().IsMatch(text))
        {
            return Parliament().IsMatch(text) ? VisitTier.Parliament : Minister().IsMatch(text) ? VisitTier.Minister : VisitTier.Other;
        }
        if (HeadOfGovernment().IsMatch(text))
        {
            return VisitTier.HeadOfGovernment;
        }
        if (HeadOfState().IsMatch(text) && !(titleMode && PresidentOfABody().IsMatch(text)))
        {
            return VisitTier.HeadOfState;
        }
        if (Parliament().IsMatch(text) || HasLegislature(text))
        {
            return VisitTier.Parliament;
        }
        return Minister().IsMatch(text) ? VisitTier.Minister : VisitTier.Other;
    }
}
