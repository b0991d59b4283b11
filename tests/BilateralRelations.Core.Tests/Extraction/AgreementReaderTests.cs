using static BilateralRelations.Core.Tests.Extraction.TestArticle;

namespace BilateralRelations.Core.Tests.Extraction;

/// <summary>Agreements and treaties of the pair, dated by their own words; others' agreements are not the pair's.</summary>
public sealed class AgreementReaderTests
{
    private static List<string> Agreements(string text, string title = "= Latvia–Moldova relations =") =>
        Extract(text, title).Agreements.Select(a => $"{a.Date?.SlugKey ?? "undated"} {a.Title}").ToList();

    [Fact]
    public void Each_agreement_of_a_sentence_takes_the_date_of_its_own_clause()
    {
        Assert.Equal(["1998-04-25 Agreement on the avoidance of double taxation", "2012-02-02 Agreement on the readmission of persons"],
            Agreements("An agreement on the avoidance of double taxation was signed on 25 April 1998, and an agreement on the readmission of persons followed on 2 February 2012."));
    }

    [Theory]
    [InlineData("The territorial dispute between the two countries ended with the Treaty of Craiova in 1940.", "1940 Treaty of Craiova", "= Bulgaria–Romania relations =")]
    [InlineData("The Republic of India and the Federal Democratic Republic of Nepal initiated relations with the 1950 Indo-Nepal Treaty of Peace and Friendship and accompanying secret letters.", "1950 Indo-Nepal Treaty of Peace and Friendship", "= India–Nepal relations =")]
    [InlineData("On July 1, 2009, an agreement on local border traffic between the two countries came into effect.", "2009-07-01 Agreement on local border traffic", "= Poland–Ukraine relations =")]
    [InlineData("The General Agreement on Economic, Scientific and Technical Cooperation was signed in Luanda on June 11, 1980.", "1980-06-11 General Agreement on Economic, Scientific and Technical Cooperation", "= Angola–Brazil relations =")]
    [InlineData("In 1661 the Danes concluded a treaty with Okaikoi, king of the Ga, under which they obtained land.", "1661 Treaty with Okaikoi", "= Denmark–Ghana relations =")]
    [InlineData("The first agreement was signed in Sofia on 1957 May 22.", "undated x", "= Bulgaria–Vietnam relations =")]
    public void Named_and_signed_treaties_in_any_date_order(string sentence, string expected, string title)
    {
        var agreements = Agreements(sentence, title);
        if (expected == "undated x")
        {
            Assert.Empty(agreements); // "the first agreement" names no agreement
            return;
        }
        Assert.Equal(expected, Assert.Single(agreements));
    }

    [Theory]
    [InlineData("Poland's 2003 acceptance of the 1985 Schengen Agreement created problems with Ukrainian border traffic.", "= Poland–Ukraine relations =")]
    [InlineData("Chile has signed free trade agreements with countries such as Canada, China and South Korea.", "= Argentina–Chile relations =")]
    [InlineData("Ghana became one of the programme countries of Danida in 1990.", "= Denmark–Ghana relations =")]
    public void Agreements_that_are_not_between_the_pair_are_not_theirs(string sentence, string title) =>
        Assert.Empty(Agreements(sentence, title));

    [Fact]
    public void The_place_of_signing_is_not_part_of_the_title()
    {
        Assert.Equal("2010-06-23 Strategic Partnership agreement",
            Assert.Single(Agreements("On June 23, 2010, the two governments signed a Strategic Partnership agreement in Brasília.", "= Angola–Brazil relations =")));
    }
}
