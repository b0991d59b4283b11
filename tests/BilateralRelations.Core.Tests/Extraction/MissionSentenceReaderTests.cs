using static BilateralRelations.Core.Tests.Extraction.TestArticle;

namespace BilateralRelations.Core.Tests.Extraction;

/// <summary>Missions told in sentences, in the forms real articles use; third-country missions are never the pair's.</summary>
public sealed class MissionSentenceReaderTests
{
    private const string LatviaMoldova = "= Latvia–Moldova relations =";

    [Theory]
    [InlineData("Georgia has an embassy in Ankara, and two consulates–general in Istanbul and Trabzon.",
        "GEO Embassy in Ankara (TUR)|GEO ConsulateGeneral in Istanbul (TUR)|GEO ConsulateGeneral in Trabzon (TUR)")]
    [InlineData("Russia has an embassy in Ulaanbaatar and two consulates general (in Darkhan and Erdenet).",
        "RUS Embassy in Ulaanbaatar (MNG)|RUS ConsulateGeneral in Darkhan (MNG)|RUS ConsulateGeneral in Erdenet (MNG)")]
    [InlineData("The Turkish Embassy in Ulaanbaatar was opened in 1996.", "TUR Embassy in Ulaanbaatar (MNG)")]
    [InlineData("the embassy of Mongolia opened in Turkey on August 23, 2001.", "MNG Embassy in - (TUR)")]
    [InlineData("Both countries have embassies in each other's capitals.", "")]
    public void Forms_of_the_genre(string sentence, string expected)
    {
        var title = sentence.Contains("Georgia", StringComparison.Ordinal) ? "= Georgia–Turkey relations ="
            : sentence.Contains("Russia", StringComparison.Ordinal) ? "= Mongolia–Russia relations =" : "= Mongolia–Turkey relations =";
        var missions = Extract(sentence, title).Missions.Select(Describe).ToList();
        if (sentence.StartsWith("Both", StringComparison.Ordinal))
        {
            // Each in the other's capital, from the catalogue: the city is inferred, and says so.
            Assert.Equal(["TUR Embassy in Ulaanbaatar (MNG)", "MNG Embassy in Ankara (TUR)"], missions.Order().Reverse());
            Assert.All(Extract(sentence, title).Missions, m => Assert.True(m.Basis.IsInferred));
            return;
        }
        Assert.Equal(expected.Split('|'), missions);
    }

    [Fact]
    public void A_mission_accredited_from_a_third_capital_serves_the_pair_and_says_where_it_sits()
    {
        var relation = Extract("Latvia is accredited to Moldova from its embassy in Kyiv and has an honorary consulate in Chișinău, which was opened in 2008. Moldova is represented in Latvia through its embassy in Vilnius.", LatviaMoldova);
        Assert.Equal(["LVA Embassy in Kyiv (MDA via UKR)", "LVA HonoraryConsulate in Chișinău (MDA)", "MDA Embassy in Vilnius (LVA via LTU)"],
            relation.Missions.Select(Describe));
        Assert.Equal(2008, relation.Missions[1].Opened?.Start.Year);
        Assert.Null(relation.Missions[0].Opened); // the consulate's date is the consulate's
    }

    [Fact]
    public void A_third_countrys_embassy_is_not_a_mission_of_the_relation()
    {
        var relation = Extract("Visa applications are handled by the Embassy of Lithuania in Chișinău. Latvia's embassy in Copenhagen deals with Nordic affairs.", LatviaMoldova);
        Assert.Empty(relation.Missions);
    }

    [Fact]
    public void An_opening_date_belongs_to_the_mission_of_its_own_words()
    {
        var relation = Extract("Portugal has an embassy in Maputo, opened on 8 October 1975, as well as consulates-general in Maputo and Beira. Denmark recognised Mozambique on 6 March 1975 and opened an embassy in Maputo in 1976.", "= Mozambique–Portugal relations =");
        var portugal = relation.Missions.Where(m => m.SendingCountry.Iso3 == "PRT").ToList();
        Assert.Equal([new DateOnly(1975, 10, 8), null, null], portugal.Select(m => m.Opened?.Start));
    }

    [Fact]
    public void Each_subject_of_a_sentence_dates_its_own_mission_and_it_stands_for_its_clauses_subject()
    {
        var relation = Extract("Israel opened its embassy in Nicosia in 1960, while Cyprus was represented in Israel by a non-resident ambassador until it opened its embassy in Tel Aviv in 1994. Japan opened its embassy in Nicosia in March 1972, and Cyprus opened its embassy in Jerusalem in 1973.", "= Cyprus–Israel relations =");
        Assert.Equal(["ISR Embassy in Nicosia (CYP) 1960", "CYP Embassy in Tel Aviv (ISR) 1994", "CYP Embassy in Jerusalem (ISR) 1973"],
            relation.Missions.Select(m => $"{Describe(m)} {m.Opened?.SlugKey}"));
    }

    [Fact]
    public void A_coordinated_verb_dates_the_mission_by_its_own_clause()
    {
        var relation = Extract("Denmark recognised Ghana on 6 March 1957 and opened an embassy in Accra in 1961.", "= Denmark–Ghana relations =");
        Assert.Equal("1961", Assert.Single(relation.Missions).Opened?.SlugKey);
    }
}
