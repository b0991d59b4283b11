using BilateralRelations.Core.Extraction;
using BilateralRelations.Core.Facts;
using static BilateralRelations.Core.Tests.Extraction.TestArticle;

namespace BilateralRelations.Core.Tests.Extraction;

/// <summary>One extraction rule per test, on the smallest article that shows it.</summary>
public sealed class ExtractionRuleTests
{

    private static VisitFact OnlyVisit(string line) =>
        Assert.Single(Extract($"== Visits ==\n- {line}").Visits);

    [Theory]
    [InlineData("= Azerbaijan–Hungary relations =")]
    [InlineData("= Azerbaijan-Hungary relations =")]
    [InlineData("=Azerbaijan and Hungary relations=")]
    [InlineData("= Azerbaijan — Hungary relations =")]
    public void Title_names_the_two_countries_with_any_separator(string title)
    {
        var relation = Extract("Text.", title);
        Assert.Equal(["AZE", "HUN"], relation.Article.Countries.Select(c => c.Iso3));
    }

    [Fact]
    public void A_hyphen_inside_a_country_name_is_not_the_separator()
    {
        var relation = Extract("Text.", "= Guinea-Bissau–Portugal relations =");
        Assert.Equal(["GNB", "PRT"], relation.Article.Countries.Select(c => c.Iso3));
    }

    [Theory]
    [InlineData("4–5 December 1994 - President of Azerbaijan Heydar Aliyev's working visit", "Heydar Aliyev", "President of Azerbaijan", VisitKind.Working)]
    [InlineData("15 June 2007 - Vice-speaker of Milli Majlis V.Alasgarov official visit", "V.Alasgarov", "Vice-speaker of Milli Majlis", VisitKind.Official)]
    [InlineData("22–23 March 2007 - Minister for Finance of Azerbaijan Mr. S.Sharifov visit", "S.Sharifov", "Minister for Finance of Azerbaijan", VisitKind.Unspecified)]
    [InlineData("22 November 2007 - Minister of Economy and Transport of Hungary Y. Koka visit", "Y. Koka", "Minister of Economy and Transport of Hungary", VisitKind.Unspecified)]
    [InlineData("12 May 2015 – State visit of President Ilham Aliyev to Budapest", "Ilham Aliyev", "President", VisitKind.State)]
    [InlineData("23–25 July 2012 - State Secretary Péter Szijjártó visit", "Péter Szijjártó", "State Secretary", VisitKind.Unspecified)]
    public void A_visit_line_gives_the_person_the_title_and_the_kind(string line, string name, string title, VisitKind kind)
    {
        var visit = OnlyVisit(line);
        var person = Assert.Single(visit.Delegation);
        Assert.Equal(name, person.Name);
        Assert.Equal(title, person.Title);
        Assert.Equal(kind, visit.Kind);
    }

    [Fact]
    public void Several_people_on_one_line_each_keep_their_title()
    {
        var visit = OnlyVisit("7–8 April 2013 - Minister of National Development Zsuzsa Nemeth, State Secretary of National Development V.Nagy Vilmos visit (for participating at the World Economic Forum)");
        Assert.Equal(["Zsuzsa Nemeth", "V.Nagy Vilmos"], visit.Delegation.Select(d => d.Name));
        Assert.Equal(["Minister of National Development", "State Secretary of National Development"], visit.Delegation.Select(d => d.Title));
        Assert.Equal("for participating at the World Economic Forum", visit.Purpose);
    }

    [Theory]
    [InlineData("3 May 2015 - Hungarian Minister Péter Szijjártó visit", "HUN", "AZE")]
    [InlineData("3 May 2015 - Minister of Foreign Affairs of Hungary Péter Szijjártó visit", "HUN", "AZE")]
    [InlineData("3 May 2015 - Hungary MFA Secretary of State I.Sent-Ivan visit", "HUN", "AZE")]
    [InlineData("3 May 2015 - Azerbaijani President Ilham Aliyev visits Hungary.", "AZE", "HUN")]
    [InlineData("3 May 2015 - Minister Péter Szijjártó visited Azerbaijan.", null, "AZE")]
    [InlineData("3 May 2015 - Foreign Minister Péter Szijjártó in Baku", null, "AZE")]
    public void Countries_come_from_what_the_line_says(string line, string? visiting, string host)
    {
        var visit = OnlyVisit(line);
        Assert.Equal(visiting, visit.VisitingCountry?.Iso3);
        Assert.Equal(host, visit.HostCountry?.Iso3);
    }

    [Theory]
    [InlineData("3 May 2015 - Deputy Minister of Foreign Affairs X.Xalafov visit")]
    [InlineData("3 May 2015 - Head of the commission between Azerbaijan and Hungary, State Secretary Péter Szijjártó visit")]
    public void Countries_the_line_does_not_state_stay_unknown(string line)
    {
        var visit = OnlyVisit(line);
        Assert.Null(visit.VisitingCountry);
        Assert.Null(visit.HostCountry);
    }

    [Fact]
    public void The_same_persons_other_lines_and_coded_items_supply_a_country()
    {
        var relation = Extract("""
            == Visits ==
            - 7–8 July 2008 - Prime Minister of Hungary Ferenc Gyurcsány's official visit
            - 14 November 2008 - Prime Minister Ferenc Gyurcsány's working visit
            - 14–15 June 2013 - Head of working group Khanhuseyn Kazimli's visit
            == Parliament ==
            - AZE The head of the working group is Khanhuseyn Kazimli.
            """);
        Assert.All(relation.Visits, v => Assert.NotNull(v.VisitingCountry));
        Assert.Equal(["HUN", "HUN", "AZE"], relation.Visits.Select(v => v.VisitingCountry!.Iso3));
    }

    [Fact]
    public void An_institution_the_article_ties_to_a_country_names_its_members_country()
    {
        var relation = Extract("""
            The working group was established in the Milli Majlis of Azerbaijan on 8 April 2011.
            == Visits ==
            - 7–9 December 2011 - Chairman of the Milli Majlis Ogtay Asadov's official visit
            """);
        Assert.Equal("AZE", Assert.Single(relation.Visits).VisitingCountry?.Iso3);
    }

    [Fact]
    public void Spellings_of_one_person_are_merged_and_initials_keep_people_apart()
    {
        var relation = Extract("""
            == Visits ==
            - 23–25 July 2012 - State Secretary Péter Szijjártó visit
            - 27–28 January 2014 - State Secretary Peter Sijjarto visit
            - 1 May 2009 - President of Azerbaijan Ilham Aliyev visit
            - 2 May 2009 - Minister N.Aliyev visit
            """);
        var szijjarto = Assert.Single(relation.People, p => p.Slug == "peter-szijjarto");
        Assert.Equal("Péter Szijjártó", szijjarto.Name);
        Assert.Equal(["Péter Szijjártó", "Peter Sijjarto"], szijjarto.Spellings);
        Assert.Contains(relation.People, p => p.Slug == "ilham-aliyev");
        Assert.Contains(relation.People, p => p.Slug == "n-aliyev");
    }

    [Fact]
    public void Visit_slugs_are_date_and_first_person()
    {
        var relation = Extract("== Visits ==\n- 4–5 December 1994 - President of Azerbaijan Heydar Aliyev's working visit\n- February 1997 - Hungary MFA Secretary of State I.Sent-Ivan visit");
        Assert.Equal(["1994-12-04-heydar-aliyev", "1997-02-i-sent-ivan"], relation.Visits.Select(v => v.Slug));
    }

    [Fact]
    public void Level_is_the_list_heading_and_tier_is_comparable_across_articles()
    {
        var relation = Extract("== High-level mutual visits ==\n=== Head of States ===\n- 1 May 2009 - President of Azerbaijan Ilham Aliyev visit\n=== Ministers ===\n- 2 May 2009 - Minister of Economy of Hungary Y. Koka visit");
        Assert.Equal(["Head of States", "Ministers"], relation.Visits.Select(v => v.LevelHeading));
        Assert.Equal([VisitTier.HeadOfState, VisitTier.Minister], relation.Visits.Select(v => v.Tier));
    }

    [Fact]
    public void Embassies_ambassadors_and_opening_dates_are_merged_per_mission()
    {
        var relation = Extract("""
            Azerbaijan has an embassy in Budapest. Hungary has an embassy in Baku.
            The Hungarian Embassy in Azerbaijan was established on January 12, 2009. Since December 14, 2010 ambassador of Hungary in Azerbaijan is Zsolt Cutora. The Embassy of Azerbaijan in Hungary was opened in September 2004. Currently, Ambassador of Azerbaijan to Hungary is Vilayat Guliyev.
            """);
        Assert.Equal(2, relation.Missions.Count);
        var inBaku = Assert.Single(relation.Missions, m => m.City == "Baku");
        Assert.Equal("HUN", inBaku.SendingCountry.Iso3);
        Assert.Equal(new DateOnly(2009, 1, 12), inBaku.Opened?.Start);
        var ambassador = Assert.Single(inBaku.Ambassadors);
        Assert.Equal(("Zsolt Cutora", new DateOnly(2010, 12, 14)), (ambassador.Name, ambassador.Since?.Start));
        var inBudapest = Assert.Single(relation.Missions, m => m.City == "Budapest");
        Assert.Equal(Core.Dates.DatePrecision.Month, inBudapest.Opened?.Precision);
        Assert.Null(Assert.Single(inBudapest.Ambassadors).Since);
    }

    [Fact]
    public void Memberships_read_both_countries_observers_and_back_references()
    {
        var relation = Extract("Both countries are full members of the Council of Europe. Hungary has observer status in the Organization of Turkic States, in which Azerbaijan is a full member.");
        var facts = relation.Memberships.Select(m => $"{m.Country.Iso3} {m.Status} {m.Organisation}").Order().ToList();
        Assert.Equal(["AZE Member Council of Europe", "AZE Member Organization of Turkic States", "HUN Member Council of Europe", "HUN Observer Organization of Turkic States"], facts);
    }

    [Fact]
    public void Sister_cities_read_codes_and_countries_on_each_side()
    {
        var relation = Extract("== Sister cities ==\n- HUN Gyöngyös, Hungary - AZE Shusha, Azerbaijan\n- Szeged (Hungary) – Ganja (Azerbaijan)");
        Assert.Equal(["Gyöngyös HUN Shusha AZE", "Szeged HUN Ganja AZE"], relation.SisterCities.Select(s => $"{s.City} {s.Country?.Iso3} {s.PartnerCity} {s.PartnerCountry?.Iso3}"));
    }

    [Fact]
    public void Agreements_take_their_title_and_date_and_same_day_references()
    {
        var relation = Extract("== Strategic Partnership ==\nHungary signed strategic partnership agreement with Azerbaijan on November 11, 2014. Besides the main agreement, a scholarship agreement for 200 Azerbaijani students was signed today.");
        Assert.Equal(["Strategic partnership agreement", "Scholarship agreement for 200 Azerbaijani students"], relation.Agreements.Select(a => a.Title));
        Assert.All(relation.Agreements, a => Assert.Equal(new DateOnly(2014, 11, 11), a.Date?.Start));
    }

    [Fact]
    public void Each_date_of_a_sentence_is_an_event_titled_by_its_clause()
    {
        var relation = Extract("The Republic of Hungary recognized the Republic of Azerbaijan on December 26, 1991 and the diplomatic relations were established on November 27, 1992.");
        Assert.Equal([EventKind.Recognition, EventKind.DiplomaticRelations], relation.Events.Select(e => e.Kind));
        Assert.Equal("The diplomatic relations were established on November 27, 1992", relation.Events[1].Title);
    }

    [Fact]
    public void A_visit_told_in_prose_is_a_visit()
    {
        var relation = Extract("== History ==\nIn May 2016, Prime Minister of Hungary Viktor Orbán paid an official visit to Baku.");
        var visit = Assert.Single(relation.Visits);
        Assert.Equal(("Viktor Orbán", "HUN", "AZE", VisitKind.Official), (visit.Delegation[0].Name, visit.VisitingCountry?.Iso3, visit.HostCountry?.Iso3, visit.Kind));
        Assert.Empty(relation.Events);
    }

    [Fact]
    public void A_treaty_that_establishes_relations_dates_both_the_agreement_and_the_event()
    {
        var relation = Extract("Diplomatic relations were established on 5 November 1895, when the two countries signed the Treaty of Friendship, Commerce and Navigation in Paris.");
        Assert.Equal("1895-11-05", Assert.Single(relation.Agreements).Date?.SlugKey);
        Assert.Contains(relation.Events, e => e.Kind == EventKind.DiplomaticRelations && e.Date.SlugKey == "1895-11-05");
    }
}
