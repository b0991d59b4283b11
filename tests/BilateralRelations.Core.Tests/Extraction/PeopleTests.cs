using static BilateralRelations.Core.Tests.Extraction.TestArticle;

namespace BilateralRelations.Core.Tests.Extraction;

/// <summary>People are people, one person per human, with every spelling the article uses.</summary>
public sealed class PeopleTests
{
    [Fact]
    public void An_initial_joins_the_one_full_name_that_fits_and_both_spellings_stay()
    {
        var relation = Extract("""
            == Visits ==
            - 3 May 2012 - Minister of Foreign Affairs Elmar Mammadyarov visit
            - 4 June 2013 - Minister E.Mammadyarov visit
            """);
        var person = Assert.Single(relation.People);
        Assert.Equal("Elmar Mammadyarov", person.Name);
        Assert.Equal(["Elmar Mammadyarov", "E.Mammadyarov"], person.Spellings);
        Assert.All(relation.Visits, v => Assert.Equal(person.Slug, v.Delegation[0].PersonSlug));
    }

    [Fact]
    public void An_initial_that_fits_two_people_stays_a_person_of_its_own()
    {
        var relation = Extract("""
            == Visits ==
            - 3 May 2012 - Minister Elmar Mammadyarov visit
            - 4 May 2012 - Minister Emil Mammadyarov visit
            - 4 June 2013 - Minister E.Mammadyarov visit
            """);
        Assert.Equal(3, relation.People.Count);
    }

    [Fact]
    public void The_full_name_an_article_writes_in_prose_names_the_person_of_an_initial()
    {
        var relation = Extract("""
            Bulgarian President Rosen Plevneliev described Vietnam as a partner.
            == Visits ==
            - 2012 May 4: President R.Plevneliev visited Hanoi.
            """, "= Bulgaria–Vietnam relations =");
        var person = Assert.Single(relation.People);
        Assert.Equal(("Rosen Plevneliev", "BGR"), (person.Name, person.Country?.Iso3));
        Assert.Contains("R.Plevneliev", person.Spellings);
    }

    [Fact]
    public void An_ambassador_and_a_visitor_of_the_same_name_are_one_person()
    {
        var relation = Extract("""
            Since 2019, the ambassador of Hungary in Azerbaijan is Viktor Szederkényi.
            == Visits ==
            - 3 May 2020 - Viktor Szederkényi's visit to Baku
            """);
        var person = Assert.Single(relation.People);
        Assert.Equal("HUN", person.Country?.Iso3);
        Assert.Equal(person.Slug, Assert.Single(relation.Missions.SelectMany(m => m.Ambassadors)).PersonSlug);
    }
}
