using BilateralRelations.Core.Countries;
using BilateralRelations.Core.Extraction.Memberships;
using BilateralRelations.Core.Extraction.People;
using BilateralRelations.Core.Text;

namespace BilateralRelations.Core.Tests.RealArticles;

/// <summary>
/// Across every article the tests hold (the seed, golden, blind and real ones), no place, institution or
/// organisation comes out as a person: not as a visitor, an ambassador or a spelling.
/// </summary>
public sealed class PeopleArePeopleTests
{
    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "Seeds", "Golden", "Holdout", "Holdout2", "Holdout3", "Holdout4", "Holdout5", "Holdout6", "Holdout7", "RealArticles" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, folder), "*.txt").Order(StringComparer.Ordinal))
            {
                data.Add($"{folder}/{Path.GetFileName(file)}");
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void No_place_institution_or_organisation_is_a_person(string article)
    {
        var relation = RealArticleTests.Extract(Path.Combine(AppContext.BaseDirectory, article));
        var names = relation.People.SelectMany(p => p.Spellings.Append(p.Name))
            .Concat(relation.Visits.SelectMany(v => v.Delegation.Select(d => d.Name)))
            .Concat(relation.Missions.SelectMany(m => m.Ambassadors.Select(a => a.Name)))
            .Distinct().ToList();
        var wrong = names.Where(IsNotAPersonsName).ToList();
        Assert.True(wrong.Count == 0, $"not people: {string.Join(", ", wrong)}");
    }

    private static bool IsNotAPersonsName(string name)
    {
        var catalog = CountryCatalog.Default;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return catalog.FindByName(name) is not null
            || catalog.FindByCapital(name) is not null
            || Organisations.IsKnown(name)
            || words.Any(w => TitleWords.IsLegislature(TextNormalizer.Fold(w)))
            || words.All(w => TitleWords.Contains(TextNormalizer.Fold(w.Trim('.', ','))));
    }
}
