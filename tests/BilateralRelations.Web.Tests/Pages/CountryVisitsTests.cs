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

        Assert.Equal([made], visits.ByRelation[1].Made);
        Assert.Equal([received], visits.ByRelation[1].Received);
        Assert.Equal([notStated], visits.ByRelation[1].NotStated);
        Assert.Equal([elsewhere], visits.ByRelation[2].Made);
        Assert.Empty(visits.ByRelation[3].Made.Concat(visits.ByRelation[3].Received).Concat(visits.ByRelation[3].NotStated));

        Assert.Equal([new TierCounts("Heads of state", 0, 1, 0), new TierCounts("Ministers", 2, 0, 0), new TierCounts("Other officials", 0, 0, 1)],
            visits.ByTier());
        // Made, received, not stated: the visit from 30 December 2016 to 2 January 2017 is in both years.
        Assert.Equal(["2013: 2 0 1", "2016: 0 1 0", "2017: 0 1 0"], visits.PerYear().Select(b => $"{b.Year}: {string.Join(' ', b.Counts)}"));
    }
}
