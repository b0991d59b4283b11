using BilateralRelations.Core.Facts;
using static BilateralRelations.Core.Tests.Extraction.TestArticle;

namespace BilateralRelations.Core.Tests.Extraction;

/// <summary>Inputs found by review that once hung the reader, threw, or made a fact of the wrong thing.</summary>
public sealed class HostileInputTests
{
    [Fact]
    public void An_unclosed_bracket_of_capitals_reads_in_no_time()
    {
        var relation = Extract($"Both countries are members of NATO ({string.Concat(Enumerable.Repeat("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123", 60))}");
        Assert.Contains(relation.Memberships, m => m.Organisation == "NATO");
    }

    [Fact]
    public void A_relative_date_past_the_calendar_is_no_date_and_no_crash()
    {
        var relation = Extract("== Visits ==\nIn December 9999 Hungarian President János Áder visited Baku, and a year later Azerbaijani President Ilham Aliyev visited Budapest.");
        Assert.Equal(["9999-12 János Áder HUN→AZE"], relation.Visits.Select(Describe));
    }

    [Fact]
    public void A_title_before_a_name_teaches_no_institution_and_hides_no_one()
    {
        var relation = Extract("In 2014 the Azerbaijani President Ilham Aliyev praised the relations. The University of Baku opened a chair.\n== Visits ==\n- 3 May 2015 – President Ilham Aliyev visited Budapest\n- 6 August 2018 – Corvinus University Rector Előd Takáts visited Ganja");
        // The rector's university is no Azerbaijani institution for having "University of Baku" elsewhere.
        Assert.Equal(["2015-05-03 Ilham Aliyev AZE→HUN", "2018-08-06 Előd Takáts ?→?"], relation.Visits.Select(Describe));
    }

    [Theory]
    [InlineData("Hungary opened an embassy in March 1992.")]
    [InlineData("The Azerbaijani ambassador to the United Nations addressed the assembly.")]
    [InlineData("The Hungarian ambassador to NATO spoke.")]
    public void A_month_or_an_organisation_is_no_city(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Missions, m => m.City is "March" or "United Nations" or "NATO");

    [Theory]
    [InlineData("The Hungarian Ambassador in Baku, Azerbaijan, opened an exhibition on 5 May 2012.")]
    [InlineData("- 3 May 2015 – Archbishop of Esztergom-Budapest Péter Erdő visited Baku")]
    [InlineData("- 4 June 2016 – Mayor of Budapest Gergely Karácsony visited Baku")]
    [InlineData("- 3 May 2015 – Delegation from Szeged visited Ganja")]
    [InlineData("Infobox\n- Mission1: Embassy of Hungary, Baku\n- Envoy1: Not yet appointed\n- Envoy2: Ambassador Zsolt Cutora (since 2019)")]
    public void No_place_title_or_note_becomes_a_person(string body)
    {
        var relation = Extract(body.StartsWith('-') ? $"== Visits ==\n{body}" : body);
        var names = relation.People.Select(p => p.Name).Concat(relation.Missions.SelectMany(m => m.Ambassadors).Select(a => a.Name)).ToList();
        Assert.DoesNotContain(names, n => n is "Azerbaijan" or "Archbishop" or "Szeged" or "Not yet appointed" || n.Contains("Budapest", StringComparison.Ordinal) || n.Contains('(', StringComparison.Ordinal));
    }

    [Fact]
    public void A_country_code_tags_the_items_one_person_not_everyone_it_names()
    {
        var relation = Extract("== Visits ==\n- 3 May 2016 – President János Áder visited Baku\n== Notes ==\n- AZE On 3 May 2015 President Ilham Aliyev met President János Áder in Budapest.");
        Assert.Null(Assert.Single(relation.People, p => p.Name == "János Áder").Country);
    }

    [Fact]
    public void An_initial_between_two_full_names_stays_a_person_of_its_own()
    {
        var relation = Extract("Heydar Aliyev led the country until 2003. Hasan Aliyev was a scientist.\n== Visits ==\n- 3 May 2015 – President H.Aliyev visited Budapest");
        Assert.Equal(["H.Aliyev"], Assert.Single(relation.People).Spellings);
    }

    [Fact]
    public void A_city_the_article_does_not_place_says_nothing_about_whose_mission_it_is()
    {
        var relation = Extract("Hungary and Slovakia opened consulates-general in Košice and Békéscsaba.", "= Hungary–Slovakia relations =");
        Assert.Empty(relation.Missions);
    }

    [Fact]
    public void An_unlisted_country_with_a_short_name_is_not_named_by_every_sentence()
    {
        var relation = Extract("Japan is a member of the G7 and the OECD.", "= EU–Japan relations =");
        Assert.All(relation.Memberships, m => Assert.Equal("JPN", m.Country.Iso3));
    }
}
