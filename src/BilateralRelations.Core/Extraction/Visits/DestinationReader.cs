using System.Text.RegularExpressions;
using BilateralRelations.Core.Countries;

namespace BilateralRelations.Core.Extraction.Visits;

/// <summary>Where a visit went, when its words say so: "visited Budapest", "… in Warsaw", "to the Kyrgyz Republic".</summary>
public static partial class DestinationReader
{
    private const string PlaceName = Patterns.Place;

    [GeneratedRegex($@"(?:visit(?:s|ed|ing)?|visit\s+to|trip\s+to|arrived\s+in|arrives\s+in|travell?ed\s+to|came\s+to|went\s+to|received\s+in|stay\s+in|talks\s+in|(?:mission|delegation)\s+to)\s+(?:the\s+)?(?<place>{PlaceName})(?:(?:,\s*|\s+and\s+)(?<place>{PlaceName}))*")]
    private static partial Regex VerbDestination();

    [GeneratedRegex($@"\s(?:in|to)\s+(?:the\s+)?(?<place>{PlaceName})\s*[.;]?$")]
    private static partial Regex TrailingDestination();

    [GeneratedRegex($@"^,?\s*(?:in|to)\s+(?:the\s+)?(?<place>{PlaceName})")]
    private static partial Regex LeadingDestination();

    /// <summary>"Speaker … Alan Peter Cayetano, Doha": a list item that ends with the place after a comma.</summary>
    [GeneratedRegex($@",\s+(?<place>{PlaceName})\s*[.;]?$")]
    private static partial Regex PlaceAfterComma();

    [GeneratedRegex($@"\b(?:in|to)\s+(?:the\s+)?(?<place>{PlaceName})")]
    private static partial Regex AnyInPlace();

    /// <summary>The country of the pair a visit went to, or null when the words do not say.</summary>
    public static Country? Read(string text, ArticleContext context)
    {
        // "visited Almaty and Astana": the first place the article can place decides.
        foreach (var place in VerbDestination().Matches(text).SelectMany(m => m.Groups["place"].Captures))
        {
            if (Place(place.Value, context) is { } country)
            {
                return country;
            }
        }
        var trailing = TrailingDestination().Match(text);
        if (trailing.Success && Place(trailing.Groups["place"].Value, context) is { } atEnd)
        {
            return atEnd;
        }
        var leading = LeadingDestination().Match(text);
        if (leading.Success && Place(leading.Groups["place"].Value, context) is { } atStart)
        {
            return atStart;
        }
        if (PlaceAfterComma().Match(text) is { Success: true } comma && Place(comma.Groups["place"].Value, context) is { } afterComma)
        {
            return afterComma;
        }
        // "visited the Storting in Oslo on 6–8 June 2016": the first place of the pair the words put it in.
        return AnyInPlace().Matches(text).Select(m => Place(m.Groups["place"].Value, context)).FirstOrDefault(c => c is not null);
    }

    /// <summary>The country of a place phrase; "Budapest Airport", "Baku State University": the first words may name the place.</summary>
    public static Country? Place(string place, ArticleContext context)
    {
        // "Bulboaca, Moldova": a place the article does not know, then the country it is in.
        if (place.Contains(',', StringComparison.Ordinal))
        {
            return place.Split(',').Select(p => Place(p.Trim(), context)).LastOrDefault(c => c is not null);
        }
        var words = place.Split(' ');
        for (var n = words.Length; n >= 1; n--)
        {
            if (context.CountryOfPlace(string.Join(' ', words[..n])) is { } country)
            {
                return country;
            }
        }
        return null;
    }
}
