using BilateralRelations.Core.Dates;
using BilateralRelations.Core.Facts;
using BilateralRelations.Web.Queries;
using BilateralRelations.Web.ViewModels;

namespace BilateralRelations.Web.Tests.Pages;

/// <summary>A country summary's visits are sorted once into made, received and not stated, per relation, level and year.</summary>
public sealed class CountryVisitsTests
{
    private static readonly CountryRef Hungary = new("hungary", "Hungary", "HUN"), Azerbaijan = new("azerbaijan", "Azerbaijan", "AZE"), Georgia = new("georgia", "Georgia", "GEO");
    private static readonly RelationLink AzerbaijanHungary = new("azerbaijan-hungary-relations", "Azerbaijan–Hungary relations", Azerbaijan, Hungary);
    private static readonly RelationLink AzerbaijanGeorgia = new("azerbaijan-georgia-relations", "Azerbaijan–Georgia relations", Azerbaijan, Georgia);

    private static CountryVisit Visit(CountryRef? visiting, CountryRef? host, FuzzyDate date, VisitTier tier) =>
        new($"v-{Guid.NewGuid():n}", date, [], visiting, host, tier);

    [Fact]
    public void Each_visit_counts_once_by_its_direction_in_its_relation_level_and_every_year_it_spans()
    {
        var visits = new CountryVisits("hungary");
        // A visit to Azerbaijan in its relation with Hungary is one made by Hungary, though only the host is stated.
        var made = Visit(null, Azerbaijan, FuzzyDate.Day(2013, 5, 1), VisitTier.Minister);
        var received = Visit(Azerbaijan, Hungary, FuzzyDate.Span(FuzzyDate.Day(2016, 12, 30), FuzzyDate.Day(2017, 1, 2)), VisitTier.HeadOfState);
        var notStated = Visit(null, null, FuzzyDate.Year(2013), VisitTier.Other);
        var elsewhere = Visit(Hungary, Georgia, FuzzyDate.Month(2013, 6), VisitTier.Minister);
        visits.Add(1, AzerbaijanHungary, made);
        visits.Add(1, AzerbaijanHungary, received);
        visits.Add(1, AzerbaijanHungary, notStated);
        visits.Add(2, AzerbaijanGeorgia, elsewhere);
        visits.Relation(3);

        Assert.Equal([made], visits.ByRelation[1].Made.Listed);
        Assert.Equal([received], visits.ByRelation[1].Received.Listed);
        Assert.Equal([notStated], visits.ByRelation[1].NotStated.Listed);
        Assert.Equal([elsewhere], visits.ByRelation[2].Made.Listed);
        Assert.Equal((0, 0, 0), (visits.ByRelation[3].Made.Count, visits.ByRelation[3].Received.Count, visits.ByRelation[3].NotStated.Count));

        Assert.Equal([new TierCounts("Heads of state", 0, 1, 0), new TierCounts("Ministers", 2, 0, 0), new TierCounts("Other officials", 0, 0, 1)],
            visits.ByTier());
        // Made, received, not stated: the visit from 30 December 2016 to 2 January 2017 is in both years.
        Assert.Equal(["2013: 2 0 1", "2016: 0 1 0", "2017: 0 1 0"], visits.PerYear().Select(b => $"{b.Year}: {string.Join(' ', b.Counts)}"));
    }

    [Fact]
    public void A_visit_the_summary_does_not_list_still_counts_in_its_direction_level_and_year()
    {
        var visits = new CountryVisits("hungary");
        var listed = Visit(Azerbaijan, Hungary, FuzzyDate.Day(2013, 5, 1), VisitTier.HeadOfState);
        var unlisted = Visit(Azerbaijan, Hungary, FuzzyDate.Day(2014, 5, 1), VisitTier.Minister);
        visits.Add(1, AzerbaijanHungary, listed, listed: true);
        visits.Add(1, AzerbaijanHungary, unlisted, listed: false);

        Assert.Equal(2, visits.ByRelation[1].Received.Count);
        Assert.Equal([listed], visits.ByRelation[1].Received.Listed);
        Assert.Equal([new TierCounts("Heads of state", 0, 1, 0), new TierCounts("Ministers", 0, 1, 0)], visits.ByTier());
        Assert.Equal(["2013: 0 1 0", "2014: 0 1 0"], visits.PerYear().Select(b => $"{b.Year}: {string.Join(' ', b.Counts)}"));
    }

    private static SummaryVisitChoice.Candidate Candidate(int id, VisitTier tier, int year) => new(id, tier, new DateOnly(year, 1, 1));

    [Fact]
    public void A_summary_lists_every_visit_while_they_fit_on_its_pages()
    {
        var visits = Enumerable.Range(1, SummaryVisitChoice.Lines).Select(i => Candidate(i, VisitTier.Other, 1990 + i % 30)).ToList();
        Assert.Equal(visits.Select(v => v.Id).ToHashSet(), SummaryVisitChoice.Choose(visits));
    }

    [Fact]
    public void Beyond_its_pages_a_summary_lists_the_highest_levels_and_the_latest_visits_of_the_level_cut_short()
    {
        // Ministers first in the input and the most recent: neither order nor date outranks a level.
        var ministers = Enumerable.Range(1, 40).Select(i => Candidate(i, VisitTier.Minister, 2020)).ToList();
        var heads = Enumerable.Range(101, 20).Select(i => Candidate(i, VisitTier.HeadOfState, 1995)).ToList();
        var government = Enumerable.Range(201, 40).Select(i => Candidate(i, VisitTier.HeadOfGovernment, 1990 + (i - 201))).ToList();
        var chosen = SummaryVisitChoice.Choose([.. ministers, .. government, .. heads]);

        Assert.Equal(SummaryVisitChoice.Lines, chosen.Count);
        Assert.Superset(heads.Select(v => v.Id).ToHashSet(), chosen);
        // The other 30 lines: the heads of government of the 30 latest years (1990–2029 → 2000–2029).
        Assert.Equal(government.Where(v => v.Start.Year >= 2000).Select(v => v.Id).ToHashSet(), chosen.Where(id => id >= 201).ToHashSet());
        Assert.DoesNotContain(chosen, id => id <= 40);
    }
}
