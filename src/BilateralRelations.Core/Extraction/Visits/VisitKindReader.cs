using System.Text.RegularExpressions;
using BilateralRelations.Core.Facts;

namespace BilateralRelations.Core.Extraction.Visits;

/// <summary>The kind a visit's words give it: "state visit", "official visit", "working visit", "private visit".</summary>
public static partial class VisitKindReader
{
    [GeneratedRegex(@"\b(?<kind>official|working|state|private|unofficial)\s+visit", RegexOptions.IgnoreCase)]
    private static partial Regex KindRegex();

    public static VisitKind Read(string text)
    {
        var m = KindRegex().Match(text);
        if (!m.Success)
        {
            return VisitKind.Unspecified;
        }
        var word = m.Groups["kind"].Value;
        // "State Secretary … visit" is not a state visit: the capital S belongs to the title.
        if (word == "State" && m.Index > 0)
        {
            return VisitKind.Unspecified;
        }
        return word.ToLowerInvariant() switch
        {
            "official" => VisitKind.Official,
            "working" => VisitKind.Working,
            "state" => VisitKind.State,
            "private" => VisitKind.Private,
            _ => VisitKind.Unspecified,
        };
    }
}
