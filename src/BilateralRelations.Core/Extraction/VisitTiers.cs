using System.Text.RegularExpressions;
using BilateralRelations.Core.Facts;

namespace BilateralRelations.Core.Extraction;

/// <summary>Ranks a visit from its list heading ("Head of States", "Presidents") or, failing that, the delegates' titles.</summary>
public static partial class VisitTiers
{
    [GeneratedRegex(@"head(?:s)? of states?|president|monarch|king|queen|emir|sultan|emperor", RegexOptions.IgnoreCase)]
    private static partial Regex HeadOfState();

    [GeneratedRegex(@"head(?:s)? of governments?|prime minister|premier|chancellor", RegexOptions.IgnoreCase)]
    private static partial Regex HeadOfGovernment();

    [GeneratedRegex(@"parliament|speaker|majlis|assembly|senate|congress|legislat|deputies|mps\b", RegexOptions.IgnoreCase)]
    private static partial Regex Parliament();

    [GeneratedRegex(@"minister|secretary|ministerial", RegexOptions.IgnoreCase)]
    private static partial Regex Minister();

    public static VisitTier FromHeading(string heading, IEnumerable<string> titles)
    {
        var tier = Classify(heading, titleMode: false);
        return tier == VisitTier.Other ? FromTitles(titles) : tier;
    }

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

    private static int Rank(VisitTier tier) => tier switch
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
        if (titleMode && Regex.IsMatch(text, @"\b(?:vice|deputy)\b", RegexOptions.IgnoreCase))
        {
            return Parliament().IsMatch(text) ? VisitTier.Parliament : Minister().IsMatch(text) ? VisitTier.Minister : VisitTier.Other;
        }
        if (HeadOfGovernment().IsMatch(text))
        {
            return VisitTier.HeadOfGovernment;
        }
        if (HeadOfState().IsMatch(text) && !(titleMode && Regex.IsMatch(text, @"president of the (?:\w+ )?(?:parliament|assembly|senate|bank|commission|council)", RegexOptions.IgnoreCase)))
        {
            return VisitTier.HeadOfState;
        }
        if (Parliament().IsMatch(text))
        {
            return VisitTier.Parliament;
        }
        return Minister().IsMatch(text) ? VisitTier.Minister : VisitTier.Other;
    }
}
