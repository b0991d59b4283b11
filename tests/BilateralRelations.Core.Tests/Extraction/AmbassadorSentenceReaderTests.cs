using static BilateralRelations.Core.Tests.Extraction.TestArticle;

namespace BilateralRelations.Core.Tests.Extraction;

/// <summary>Heads of mission told in sentences: appointed, presented credentials, serving since.</summary>
public sealed class AmbassadorSentenceReaderTests
{
    [Theory]
    [InlineData("On 2 October 2009, Vigen Chitechian was appointed Ambassador Extraordinary and Plenipotentiary of Armenia to France.", "ARM", "Vigen Chitechian", "2009-10-02")]
    [InlineData("On 5 November 2010, Henri Reynaud, Ambassador Extraordinary and Plenipotentiary of the French Republic to Armenia, presented his credentials to the President of Armenia, Serzh Sargsyan.", "FRA", "Henri Reynaud", "2010-11-05")]
    [InlineData("Ambassador Jean Dupont presented his credentials to Armenian President Serzh Sargsyan on 22 March 2012.", "FRA", "Jean Dupont", "2012-03-22")]
    [InlineData("Anna Petrosyan has served as Armenia's ambassador to France since 2023.", "ARM", "Anna Petrosyan", "2023")]
    [InlineData("The current French ambassador is Olivier Decottignies.", "FRA", "Olivier Decottignies", null)]
    [InlineData("On 10 May 2021, Jean Roux presented his letters of credence as Ambassador of France to President Serzh Sargsyan.", "FRA", "Jean Roux", "2021-05-10")]
    [InlineData("The current ambassador, Anna Petrosyan, presented her credentials to President Guðni Th. Jóhannesson on 3 October 2019.", "ARM", "Anna Petrosyan", "2019-10-03")]
    [InlineData("Claire Martin presented her credentials as French ambassador to the President of Armenia, Serzh Sargsyan, on 20 January 2012.", "FRA", "Claire Martin", "2012-01-20")]
    public void An_ambassador_sentence_gives_the_name_the_side_and_the_start(string sentence, string sender, string name, string? since)
    {
        // The ambassador with no country in the sentence belongs to the mission named before it on the line.
        var text = sentence.StartsWith("The current ambassador,", StringComparison.Ordinal) ? $"Armenia's ambassadors to France have been resident in Brussels since 1998. {sentence}" : sentence;
        var relation = Extract(text, "= Armenia–France relations =");
        var mission = Assert.Single(relation.Missions);
        Assert.Equal(sender, mission.SendingCountry.Iso3);
        var head = Assert.Single(mission.Ambassadors);
        Assert.Equal((name, since), (head.Name, head.Since?.SlugKey));
    }

    [Fact]
    public void A_consul_general_is_not_an_ambassador()
    {
        var relation = Extract("Also on 1 December 2011 Vardan Sirmakes was appointed Consul General of Armenia in Marseille.", "= Armenia–France relations =");
        Assert.Empty(relation.Missions.SelectMany(m => m.Ambassadors));
    }

    [Theory]
    [InlineData("Jean Dupont presented his credentials to President Serzh Sargsyan on 9 March 2022.", "2022-03-09")]
    [InlineData("Jean Dupont, France's ambassador in Moscow, has been accredited to Armenia since September 2021.", "2021-09")]
    public void A_sentence_that_dates_an_envoy_the_infobox_named_dates_that_envoy(string sentence, string since)
    {
        var relation = Extract($"Infobox\n- Envoytitle1: Ambassador of France to Armenia\n- Envoy1: Jean Dupont\n\n{sentence}", "= Armenia–France relations =");
        var head = Assert.Single(relation.Missions.SelectMany(m => m.Ambassadors));
        Assert.Equal(("Jean Dupont", since), (head.Name, head.Since?.SlugKey));
    }
}
