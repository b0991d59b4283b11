using BilateralRelations.Core.Extraction.Memberships;

namespace BilateralRelations.Core.Extraction.People;

/// <summary>
/// What a name reader must never return as a person: a place (a country, a capital, a city the article places), an
/// institution ("Seimas", "the Milli Majlis"), an organisation ("NATO", "Mercosur"), or words of titles only.
/// </summary>
public static class NotAPerson
{
    public static bool Is(string name, ArticleContext context)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0
            || context.IsPlace(name)
            || context.IsInstitution(name)
            || Organisations.IsKnown(name)
            || words.All(w => context.IsTitleWord(w));
    }
}
