using BilateralRelations.Core.Extraction.Visits;
using BilateralRelations.Core.Extraction;
using BilateralRelations.Core.Facts;
using BilateralRelations.Web.Data;
using BilateralRelations.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace BilateralRelations.Web.Queries;

/// <summary>The home page and each relation's overview: key dates, counts, visits per year, reciprocity.</summary>
public sealed class OverviewQueries(RelationsDbContext db, VisitQueries visits, FactListQueries facts)
{
    public async Task<RelationOverviewViewModel?> GetAsync(string slug, CancellationToken ct)
    {
        var relations = await facts.RelationsAsync(ct);
        var relation = relations.FirstOrDefault(r => r.Slug == slug);
        if (relation is null)
        {
            return null;
        }
        var visitRows = await visits.SearchAsync(new VisitFilter { Relation = slug }, ct);
        var events = await facts.EventsAsync(slug, null, ct);
        var agreements = await facts.AgreementsAsync(slug, null, ct);
        var missions = await facts.MissionsAsync(slug, null, null, ct);
        var sisterCities = await facts.SisterCitiesAsync(slug, null, ct);
        var memberships = await facts.MembershipsAsync(slug, null, ct);
        var diagnostics = await db.ImportDiagnostics.AsNoTracking().CountAsync(d => d.FileName == db.Relations.Where(r => r.Slug == slug).Select(r => r.FileName).First(), ct);

        var keyDates = events
            .Where(e => e.Kind is EventKind.Recognition or EventKind.DiplomaticRelations)
            .Select(e => e.Kind == EventKind.Recognition
                ? new KeyDate("Recognition", e.Date, e.Source, KeyDateKind.Recognition)
                : new KeyDate("Diplomatic relations established", e.Date, e.Source, KeyDateKind.DiplomaticRelations))
            .Concat(missions.Where(m => m.Opened is not null).Select(m => new KeyDate($"{m.KindLabel} of {m.Sending.Name} opened", m.Opened!.Value, m.OpenedSource ?? m.Source, KeyDateKind.MissionOpened)))
            .OrderBy(k => k.Date.Start)
            .ToList();
        var counts = new List<FactCount>
        {
            new("Visits", visitRows.Count, $"/visits?relation={slug}"),
            new("Agreements", agreements.Count, $"/agreements?relation={slug}"),
            new("Diplomatic missions", missions.Count, $"/missions?relation={slug}"),
            new("Sister cities", sisterCities.Count, $"/sister-cities?relation={slug}"),
            new("Memberships", memberships.Count, $"/memberships?relation={slug}"),
            new("Other dated events", events.Count, $"/timeline?relation={slug}&kind=event"),
        };
        var perYear = visitRows.SelectMany(v => Enumerable.Range(v.Date.Start.Year, v.Date.End.Year - v.Date.Start.Year + 1))
            .GroupBy(y => y).OrderBy(g => g.Key).Select(g => new YearBar(g.Key, g.Count())).ToList();
        return new RelationOverviewViewModel(
            relation, keyDates, counts,
            visitRows.OrderByDescending(v => v.Date.Start).Take(5).ToList(),
            FillYears(perYear),
            Reciprocity(relation, visitRows),
            LongestGap(visitRows),
            diagnostics,
            relations.Count > 1);
    }

    /// <summary>Years without visits as zero bars, so the chart's spacing tells time honestly.</summary>
    private static List<YearBar> FillYears(List<YearBar> bars)
    {
        if (bars.Count == 0)
        {
            return bars;
        }
        var byYear = bars.ToDictionary(b => b.Year, b => b.Count);
        return Enumerable.Range(bars[0].Year, bars[^1].Year - bars[0].Year + 1).Select(y => new YearBar(y, byYear.GetValueOrDefault(y))).ToList();
    }

    private static List<TierReciprocity> Reciprocity(RelationLink relation, IReadOnlyList<VisitRow> visitRows) =>
        visitRows.GroupBy(v => v.Tier).OrderBy(g => VisitTiers.Rank(g.Key))
            .Select(g => new TierReciprocity(
                VisitTiers.Label(g.Key),
                g.Count(v => v.VisitorInRelation?.Slug == relation.CountryA.Slug),
                g.Count(v => v.VisitorInRelation?.Slug == relation.CountryB.Slug),
                g.Count(v => v.VisitorInRelation is null),
                g.MinBy(v => v.Date.Start)))
            .ToList();

    /// <summary>The longest stretch between the end of one head-of-state or head-of-government visit and the start of the next.</summary>
    private static VisitGap? LongestGap(IReadOnlyList<VisitRow> visitRows)
    {
        var top = visitRows.Where(v => v.Tier is VisitTier.HeadOfState or VisitTier.HeadOfGovernment).OrderBy(v => v.Date.Start).ToList();
        return top.Zip(top.Skip(1))
            .Select(p => new VisitGap(p.First, p.Second, p.Second.Date.Start.DayNumber - p.First.Date.End.DayNumber))
            .MaxBy(g => g.Days);
    }
}
