using BilateralRelations.Core.Countries;
using BilateralRelations.Core.Text;

namespace BilateralRelations.Core.Extraction.Missions;

/// <summary>Where a mission is: the host country, the city when the text names one, and a third country it sits in.</summary>
public readonly record struct MissionSite(Country Host, string? City, Country? ResidentIn)
{
    /// <summary>
    /// The site a place name gives to a mission of <paramref name="sending"/>: a country of the pair or one of its
    /// cities; a city the catalogue does not know is taken to be in the other country of the pair. A third
    /// country or its capital ("Japan's embassy in Copenhagen") is no mission of the relation: null, unless
    /// <paramref name="accreditedTo"/> says which country of the pair it serves.
    /// </summary>
    public static MissionSite? Resolve(string place, Country sending, ArticleContext context, Country? accreditedTo = null)
    {
        var trimmed = place.Trim().TrimEnd('.', ',');
        if (!CouldBeAPlace(trimmed, context))
        {
            return null; // "an embassy in March 1992", "ambassador to NATO", "to the Foreign Ministry"
        }
        var country = context.AnyCountryOfPlace(trimmed);
        var isCountryName = country is not null && country.Names.Concat(country.Adjectives).Any(n => TextNormalizer.Fold(n) == TextNormalizer.Fold(trimmed));
        if (country is not null && context.Article.Countries.Any(c => c.Is(country)))
        {
            return country.Is(sending) ? null : new MissionSite(country, isCountryName ? null : trimmed, null);
        }
        if (country is not null)
        {
            return accreditedTo is not null && !accreditedTo.Is(sending) && !isCountryName
                ? new MissionSite(accreditedTo, trimmed, country)
                : null;
        }
        var other = context.Article.Other(sending);
        return other is not null && trimmed.Split(' ').Length <= 4 ? new MissionSite(other, trimmed, null) : null;
    }

    private static readonly HashSet<string> s_months = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    /// <summary>Not a month, an organisation or a title: what a city's name may be.</summary>
    private static bool CouldBeAPlace(string place, ArticleContext context)
    {
        var words = place.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && !s_months.Contains(words[0]) && !Memberships.Organisations.IsKnown(place)
            && (context.CountryOfPlace(place) is not null || !words.Any(w => context.IsTitleWord(w) && !context.IsPlace(w)));
    }
}
