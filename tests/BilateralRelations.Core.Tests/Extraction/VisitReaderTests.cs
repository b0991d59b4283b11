using BilateralRelations.Core.Facts;
using static BilateralRelations.Core.Tests.Extraction.TestArticle;

namespace BilateralRelations.Core.Tests.Extraction;

/// <summary>Visits in any layout: sentences with several visits, relative dates, numbered lists and table rows.</summary>
public sealed class VisitReaderTests
{
    private const string LatviaMoldova = "= Latvia–Moldova relations =";

    private static List<string> Visits(string body, string title = LatviaMoldova) => Extract(body, title).Visits.Select(Describe).ToList();

    [Fact]
    public void One_sentence_can_tell_several_visits_each_with_its_date_and_people()
    {
        Assert.Equal(
            ["2011-03-09 Vlad Filat MDA→LVA", "2011-06-14 Iurie Leancă MDA→LVA", "2012-02-02 Edgars Rinkēvičs LVA→MDA"],
            Visits("== Visits ==\nMoldovan Prime Minister Vlad Filat visited Riga on 9 March 2011, Moldovan Foreign Minister Iurie Leancă held political consultations in Riga on 14 June 2011, and Latvian Foreign Minister Edgars Rinkēvičs travelled to Chișinău on 2 February 2012."));
    }

    [Fact]
    public void A_clause_of_only_people_and_a_date_continues_the_visits_before_it_without_a_place()
    {
        Assert.Equal(["1996-12 Heydar Aliyev AZE→HUN", "2001-07 Jaime Gama ?→?"],
            Visits("== Visits ==\nAzerbaijani President Heydar Aliyev visited Hungary in December 1996, and Jaime Gama in July 2001.", "= Azerbaijan–Hungary relations ="));
    }

    [Fact]
    public void A_relative_date_is_counted_from_the_date_before_it_and_says_so()
    {
        var relation = Extract("== Visits ==\nPrime Minister Valdis Dombrovskis paid a working visit to Chișinău on 11 April 2013. A year later, Latvian Prime Minister Laimdota Straujuma visited Moldova.", LatviaMoldova, out _);
        var later = relation.Visits[1];
        Assert.Equal(("2014", Core.Dates.DatePrecision.Year), (later.Date.SlugKey, later.Date.Precision));
        Assert.True(later.Basis.IsInferred);
        Assert.Contains("A year later", later.Basis.Reason, StringComparison.Ordinal);
        Assert.False(relation.Visits[0].Basis.IsInferred);
    }

    [Fact]
    public void A_relative_date_with_nothing_before_it_is_a_diagnostic_not_a_visit()
    {
        var relation = Extract("== Visits ==\nA year later, Latvian Prime Minister Laimdota Straujuma visited Moldova.", LatviaMoldova, out var diagnostics);
        Assert.Empty(relation.Visits);
        Assert.Contains(diagnostics, d => d.Line == 3 && d.Message.Contains("no earlier date", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("On 21 November 2023, Moldovan President Maia Sandu spoke in Riga at a business forum during her official visit to Latvia.", "2023-11-21 Maia Sandu MDA→LVA")]
    [InlineData("On 12–13 October 2016, Speaker of the Saeima Ināra Mūrniece led a delegation of the Latvian parliament to Chișinău.", "2016-10-12 Ināra Mūrniece LVA→MDA")]
    [InlineData("In 1998 Latvian President Guntis Ulmanis became the first Latvian head of state to visit Moldova.", "1998 Guntis Ulmanis LVA→MDA")]
    [InlineData("İlham Aliyev visited Moldova in 2003 shortly after entering politics.", "2003 İlham Aliyev ?→MDA")]
    [InlineData("Moldovan Prime Minister Ion Chicu met Latvian leaders in Riga on 8 April 2020.", "2020-04-08 Ion Chicu MDA→LVA")]
    [InlineData("In October 2016 a delegation of the Saeima led by its Speaker, Ināra Mūrniece, visited Chișinău.", "2016-10 Ināra Mūrniece LVA→MDA")]
    [InlineData("Andrian Candu, Speaker of the Parliament of Moldova, visited the Saeima in Riga on 6–8 June 2016.", "2016-06-06 Andrian Candu MDA→LVA")]
    [InlineData("In 2005 Moldovan Foreign Minister Andrei Stratan attended the Riga Forum.", "2005 Andrei Stratan MDA→LVA")]
    public void Prose_visits_in_the_forms_of_real_articles(string sentence, string expected) =>
        Assert.Equal(expected, Assert.Single(Visits($"== State visits ==\n{sentence}")));

    [Fact]
    public void A_clause_of_only_a_place_or_of_coming_back_repeats_the_visitors_of_the_clause_before()
    {
        Assert.Equal(["2011-03 Iurie Leancă MDA→LVA", "2013-05 Iurie Leancă MDA→LVA", "2016-03-02 Raimonds Vējonis ?→MDA", "2017 Raimonds Vējonis ?→MDA"],
            Visits("""
                == Visits ==
                Moldovan Foreign Minister Iurie Leancă visited Riga in March 2011 and Jūrmala in May 2013.
                Raimonds Vējonis visited Chișinău on 2 March 2016, and came back a year later for talks with Igor Dodon.
                """));
    }

    [Fact]
    public void A_surname_alone_is_the_person_the_article_names_in_full()
    {
        var relation = Extract("""
            == Visits ==
            Latvian President Raimonds Vējonis visited Chișinău on 2 March 2016.
            On 20 October 2021, Vējonis paid an official visit to Chișinău.
            """, LatviaMoldova);
        Assert.Equal(2, relation.Visits.Count);
        Assert.Single(relation.People);
        Assert.All(relation.Visits, v => Assert.Equal("LVA", v.VisitingCountry?.Iso3));
    }

    [Fact]
    public void A_table_column_headed_host_names_the_host_person_not_the_place()
    {
        Assert.Equal(["1996-11 Ernesto Zedillo MDA→LVA"], Visits("""
            == Visits ==
            | Date | Guest | Host | Place of visit | Type of visit |
            | November 1996 | Moldovan President Ernesto Zedillo | President Guntis Ulmanis | Jūrmala | EU summit |
            """));
    }

    [Fact]
    public void A_meeting_in_a_third_country_is_no_visit()
    {
        Assert.Empty(Visits("== Visits ==\nLatvian Foreign Minister Edgars Rinkēvičs met Moldovan Foreign Minister Nicu Popescu in Brussels on 3 May 2021."));
    }

    [Fact]
    public void A_heading_that_names_the_visiting_side_gives_it_as_inferred()
    {
        var visit = Assert.Single(Extract("== High-level visits ==\n=== Visits from Moldova ===\n- 2019 – Speaker Zinaida Greceanîi, Riga", LatviaMoldova).Visits);
        Assert.Equal("2019 Zinaida Greceanîi MDA→LVA", Describe(visit));
        Assert.Contains("Visits from Moldova", visit.Basis.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_or_institution_next_to_a_person_is_never_a_person()
    {
        var relation = Extract("""
            == Visits ==
            - 2013 - Lithuanian President Dalia Grybauskaite spoke in Tbilisi, Riga and Chișinău
            - 2016 - Speaker of the Seimas of Lithuania Viktoras Pranckietis's visit to Chișinău
            """, LatviaMoldova);
        var names = relation.People.Select(p => p.Name).ToList();
        Assert.DoesNotContain("Tbilisi", names);
        Assert.DoesNotContain("Seimas", names);
        Assert.Contains("Viktoras Pranckietis", names);
    }

    [Fact]
    public void Table_rows_are_visits_read_by_their_header()
    {
        var visits = Visits("""
            == High-level visits ==
            | Date | Visitor | Place | Type |
            | 7–9 November 2013 | Moldovan Foreign Minister Natalia Gherman | Riga | Official visit |
            | March 2017 | Prime Minister Pavel Filip | Riga, Jūrmala | |
            """);
        Assert.Equal(["2013-11-07 Natalia Gherman MDA→LVA", "2017-03 Pavel Filip ?→LVA"], visits);
    }

    [Fact]
    public void Numbered_list_items_and_year_headings_give_visits_their_dates()
    {
        Assert.Equal(["2003-05-04 Anders Fogh Rasmussen DNK→GHA", "2007-03-06 Ulla Tørnæs ?→GHA"], Visits("""
            == High-level visits ==
            === 2003 ===
            1. 4th May 2003: Danish Prime Minister Anders Fogh Rasmussen visited Accra.
            === 2007 ===
            2. 6th March: Minister for Development Cooperation Ulla Tørnæs attended the celebrations in Accra.
            """, "= Denmark–Ghana relations ="));
    }

    [Theory]
    [InlineData("Heads of state and government", "President Maia Sandu", VisitTier.HeadOfState)]
    [InlineData("Heads of state and government", "Prime Minister Dorin Recean", VisitTier.HeadOfGovernment)]
    [InlineData("Government and ministerial visits", "Prime Minister Dorin Recean", VisitTier.HeadOfGovernment)]
    [InlineData("Government and ministerial visits", "Foreign Minister Nicu Popescu", VisitTier.Minister)]
    [InlineData("Presidents", "Vice-President Ion Popa", VisitTier.HeadOfState)]
    [InlineData("2019", "Speaker of the Saeima Ināra Mūrniece", VisitTier.Parliament)]
    [InlineData("State visits", "President Maia Sandu", VisitTier.HeadOfState)]
    public void The_canonical_level_comes_from_a_heading_that_names_one_else_from_the_titles(string heading, string visitor, VisitTier tier)
    {
        var visit = Assert.Single(Extract($"== Visits ==\n=== {heading} ===\n- 3 May 2019 - {visitor} visited Riga", LatviaMoldova).Visits);
        Assert.Equal((heading, tier), (visit.LevelHeading, visit.Tier));
    }

    [Theory]
    [InlineData("Princess Ingrid visited Riga and Jūrmala in 2001 and again in 2012.", new[] { "2001 Ingrid ?→LVA", "2012 Ingrid ?→LVA" })]
    [InlineData("Contacts intensified in 2006. On 2 March, Foreign Minister Andrei Stratan held talks in Riga, and between 3 and 5 June Latvian Prime Minister Aigars Kalvītis visited Chișinău.",
        new[] { "2006-03-02 Andrei Stratan ?→LVA", "2006-06-03 Aigars Kalvītis LVA→MDA" })]
    [InlineData("Foreign Minister Iurie Leancă visited Riga in 2010, and Vlad Filat, then Prime Minister of Moldova, visited Latvia in November 2011.",
        new[] { "2010 Iurie Leancă ?→LVA", "2011-11 Vlad Filat MDA→LVA" })]
    [InlineData("Latvian President Valdis Zatlers was received by President Vladimir Voronin in Chișinău on April 10, 2008.", new[] { "2008-04-10 Valdis Zatlers LVA→MDA" })]
    [InlineData("Prime Minister Valdis Dombrovskis visited Chișinău in February 2013, the first visit by a Latvian head of government to Moldova.", new[] { "2013-02 Valdis Dombrovskis LVA→MDA" })]
    public void Prose_visits_with_repeats_yearless_days_appositive_titles_and_passive_forms(string sentences, string[] expected) =>
        Assert.Equal(expected, Visits($"== Bilateral visits ==\n{sentences}"));

    [Fact]
    public void A_date_column_may_name_a_part_of_the_year_and_the_visit_covers_the_year()
    {
        var visit = Assert.Single(Extract("== Visits ==\n| Visitor | Destination | Date |\n| Foreign Minister Iurie Leancă | Riga | late 2022 |", LatviaMoldova).Visits);
        Assert.Equal(("2022", Core.Dates.DatePrecision.Year), (visit.Date.SlugKey, visit.Date.Precision));
    }

    [Theory]
    [InlineData("| Princess Ingrid of Skaugum | July 2018 | Riga |", "2018-07 Ingrid ?→LVA")]
    [InlineData("| King Harald V | June 2019 | Riga |", "2019-06 Harald V ?→LVA")]
    public void A_royal_keeps_a_regnal_number_and_loses_a_territorial_designation(string row, string expected) =>
        Assert.Equal(expected, Assert.Single(Visits($"== Royal visits ==\n| Guest | Date | Destination |\n{row}")));
}
