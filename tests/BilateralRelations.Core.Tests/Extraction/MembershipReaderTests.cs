using BilateralRelations.Core.Extraction.Memberships;
using static BilateralRelations.Core.Tests.Extraction.TestArticle;

namespace BilateralRelations.Core.Tests.Extraction;

/// <summary>Memberships with the standing each sentence states, and the lists that name the organisations.</summary>
public sealed class MembershipReaderTests
{
    private const string GeorgiaTurkey = "= Georgia–Turkey relations =";

    private static List<string> Memberships(string text, string title = GeorgiaTurkey) =>
        Extract(text, title).Memberships.Select(Describe).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void A_shared_list_names_each_organisation_and_keeps_names_with_and_whole()
    {
        Assert.Equal(
            ["GEO Member Council of Europe", "GEO Member Organization for Security and Co-operation in Europe", "GEO Member World Trade Organization",
             "TUR Member Council of Europe", "TUR Member Organization for Security and Co-operation in Europe", "TUR Member World Trade Organization"],
            Memberships("Both countries are full members of the Council of Europe, the Organization for Security and Co-operation in Europe and the World Trade Organization."));
    }

    [Theory]
    [InlineData("Turkey is already a member of NATO, while Georgia is a candidate.", "GEO Candidate NATO|TUR Member NATO")]
    [InlineData("Both Georgia and Turkey are also candidates to join the European Union.", "GEO Candidate European Union|TUR Candidate European Union")]
    [InlineData("In April 2018, both countries suspended their membership from the UNASUR.", "GEO Suspended UNASUR|TUR Suspended UNASUR")]
    [InlineData("Georgia has observer status in the Organization of Turkic States, in which Turkey is a founding member.", "GEO Observer Organization of Turkic States|TUR FoundingMember Organization of Turkic States")]
    [InlineData("Georgia applied for membership of the European Union in March 2022.", "GEO Applicant European Union")]
    [InlineData("Georgia and Turkey are both founding members of the BSEC, and are additionally part of the Euro-Atlantic Partnership Council.", "GEO FoundingMember BSEC|GEO Member Euro-Atlantic Partnership Council|TUR FoundingMember BSEC|TUR Member Euro-Atlantic Partnership Council")]
    public void The_standing_comes_from_the_words_of_each_clause(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), Memberships(sentence));

    [Fact]
    public void After_a_relative_clause_the_sentence_speaks_of_its_own_subject_again()
    {
        Assert.Equal(["GEO FoundingMember GUAM", "GEO Member Organisation internationale de la Francophonie", "TUR Observer Organisation internationale de la Francophonie"],
            Memberships("Georgia is a full member of the Organisation internationale de la Francophonie, in which Turkey holds observer status, and a founding member of GUAM."));
    }

    [Theory]
    [InlineData("Georgia supports Turkey's European Union membership.")]
    [InlineData("Georgia was not a member of the United Nations when the vote was held.")]
    [InlineData("Ukraine is a member of the Eastern Partnership, a European Union project initiated by Georgia in 2009.")]
    public void Wishes_negations_and_third_parties_are_not_memberships(string sentence) =>
        Assert.DoesNotContain(Memberships(sentence), m => m.Contains("European Union", StringComparison.Ordinal) || m.Contains("United Nations", StringComparison.Ordinal));

    [Fact]
    public void A_list_announced_with_a_colon_names_the_organisations_and_its_notes_the_standing()
    {
        Assert.Equal(
            ["GEO FoundingMember Asia–Europe Meeting", "GEO Member United Nations", "TUR Member Asia–Europe Meeting", "TUR Member United Nations"],
            Memberships("== Multilateral ==\nBoth countries are members of the following organisations:\n- United Nations\n- Asia–Europe Meeting (Georgia is a founding member; Turkey joined in 2008)"));
    }

    [Fact]
    public void A_list_of_organisations_with_notes_after_a_dash_gives_each_country_its_standing()
    {
        Assert.Equal(["GEO Applicant WTO", "GEO Member United Nations", "TUR Member United Nations", "TUR Member WTO"],
            Memberships("== Multilateral ==\nThe memberships of the two countries in the main international organisations are as follows:\n- United Nations – both members\n- WTO – Turkey member; Georgia applicant"));
    }

    [Fact]
    public void A_relative_clause_speaks_of_the_organisation_named_last()
    {
        Assert.Equal(["GEO Member United Nations", "GEO Member World Trade Organization", "TUR FoundingMember World Trade Organization", "TUR Member United Nations"],
            Memberships("Both countries are members of the United Nations and of the World Trade Organization, of which Turkey is a founding member."));
    }

    [Theory]
    [InlineData("Turkey is a founding member of NATO, which Georgia joined on 29 March 2004.", "GEO Member NATO|TUR FoundingMember NATO")]
    [InlineData("Georgia is a founding member of GUAM; it is also a member of the Commonwealth of Independent States.", "GEO FoundingMember GUAM|GEO Member Commonwealth of Independent States")]
    [InlineData("In November 1995 Georgia was suspended from the Commonwealth of Independent States after the war.", "GEO Suspended Commonwealth of Independent States")]
    [InlineData("Georgia is a founding member of GUAM, in which Turkey has observer status, and of the BSEC.", "GEO FoundingMember BSEC|GEO FoundingMember GUAM|TUR Observer GUAM")]
    public void Which_it_and_a_second_of_follow_the_sentence(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), Memberships(sentence));

    [Fact]
    public void An_abbreviation_and_its_name_are_one_organisation_and_never_a_place()
    {
        Assert.Equal(Organisations.Canonical("EU"), Organisations.Canonical("the European Union"));
        Assert.Equal(["GEO Member EU", "TUR Member EU"], Memberships("Both countries are members of the EU. Both countries are members of the European Union."));
        Assert.Equal(["GEO FoundingMember GUAM"], Memberships("Georgia is a founding member of GUAM.")); // not Guam, the territory
    }
}
