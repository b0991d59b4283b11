using BilateralRelations.Core.Dates;
using BilateralRelations.Core.Extraction.Visits;
using EventKind = BilateralRelations.Core.Facts.EventKind;
using MembershipStatus = BilateralRelations.Core.Facts.MembershipStatus;
using MissionKind = BilateralRelations.Core.Facts.MissionKind;
using VisitTier = BilateralRelations.Core.Facts.VisitTier;
using BilateralRelations.Web.Data;
using BilateralRelations.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace BilateralRelations.Web.Queries;

/// <summary>
/// The texts of the few facts a timeline page shows (a page of the list, or the marks of a window of at most
/// <see cref="TimelineLayout.MarkLimit"/>): one query per kind among them, by id, never the whole corpus.
/// </summary>
public sealed class TimelineDetails(RelationsDbContext db)
{
    // The queries are compiled once, with the ids as their parameters: built per request, EF Core took each query's
    // expression apart, hashed it and looked it up again, a twentieth of a timeline page's CPU for its five queries.
    private sealed record VisitText(int Id, string Slug, DateOnly StartDate, DateOnly EndDate, DatePrecision Precision, VisitTier Tier,
        int? VisitingCountryId, int? HostCountryId, int SourceLine, string SourceText, string? Inference, int RelationId, List<string> People);

    private static readonly Func<RelationsDbContext, int[], IAsyncEnumerable<VisitText>> VisitsById = EF.CompileAsyncQuery(
        (RelationsDbContext db, int[] ids) => db.Visits.AsNoTracking().Where(v => ids.Contains(v.Id))
            .Select(v => new VisitText(v.Id, v.Slug, v.StartDate, v.EndDate, v.Precision, v.Tier, v.VisitingCountryId, v.HostCountryId,
                v.SourceLine, v.SourceText, v.Inference, v.RelationId, v.Participants.OrderBy(p => p.Position).Select(p => p.NameAsWritten).ToList())));

    private sealed record AgreementText(int Id, string Slug, DateOnly? StartDate, DateOnly? EndDate, DatePrecision? Precision, string Title,
        int SourceLine, string SourceText, string? Inference, int RelationId);

    private static readonly Func<RelationsDbContext, int[], IAsyncEnumerable<AgreementText>> AgreementsById = EF.CompileAsyncQuery(
        (RelationsDbContext db, int[] ids) => db.Agreements.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new AgreementText(a.Id, a.Slug, a.StartDate, a.EndDate, a.Precision, a.Title, a.SourceLine, a.SourceText, a.Inference, a.RelationId)));

    private sealed record AmbassadorText(int Id, string Name, DateOnly? SinceStart, DateOnly? SinceEnd, DatePrecision? SincePrecision,
        int SourceLine, string SourceText, string? Inference);

    private sealed record MissionText(int Id, string Slug, MissionKind Kind, string? City, DateOnly? OpenedStart, DateOnly? OpenedEnd,
        DatePrecision? OpenedPrecision, int? OpenedSourceLine, string? OpenedSourceText, int SourceLine, string SourceText, string? Inference,
        int SendingCountryId, int HostCountryId, int RelationId, List<AmbassadorText> Ambassadors);

    // Missions opened and ambassadors in one query: an ambassador is told with their mission's countries. Both
    // conditions are lists of mission ids, so SQLite looks each up; as "has an ambassador among them" it scanned every
    // mission (a millisecond on 1,000 articles, half of one relation's timeline).
    private static readonly Func<RelationsDbContext, int[], int[], IAsyncEnumerable<MissionText>> MissionsById = EF.CompileAsyncQuery(
        (RelationsDbContext db, int[] missionIds, int[] ambassadorIds) => db.Missions.AsNoTracking()
            .Where(m => missionIds.Contains(m.Id) || db.Ambassadors.Where(a => ambassadorIds.Contains(a.Id)).Select(a => a.MissionId).Contains(m.Id))
            .Select(m => new MissionText(m.Id, m.Slug, m.Kind, m.City, m.OpenedStart, m.OpenedEnd, m.OpenedPrecision, m.OpenedSourceLine, m.OpenedSourceText,
                m.SourceLine, m.SourceText, m.Inference, m.SendingCountryId, m.HostCountryId, m.RelationId,
                m.Ambassadors.Where(a => ambassadorIds.Contains(a.Id))
                    .Select(a => new AmbassadorText(a.Id, a.Name, a.SinceStart, a.SinceEnd, a.SincePrecision, a.SourceLine, a.SourceText, a.Inference)).ToList())));

    private sealed record MembershipText(int Id, string Slug, string Organisation, MembershipStatus Status, int CountryId, DateOnly? SinceStart,
        DateOnly? SinceEnd, DatePrecision? SincePrecision, int SourceLine, string SourceText, string? Inference, int RelationId);

    private static readonly Func<RelationsDbContext, int[], IAsyncEnumerable<MembershipText>> MembershipsById = EF.CompileAsyncQuery(
        (RelationsDbContext db, int[] ids) => db.Memberships.AsNoTracking().Where(m => ids.Contains(m.Id))
            .Select(m => new MembershipText(m.Id, m.Slug, m.Organisation, m.Status, m.CountryId, m.SinceStart, m.SinceEnd, m.SincePrecision,
                m.SourceLine, m.SourceText, m.Inference, m.RelationId)));

    private sealed record EventText(int Id, string Slug, DateOnly StartDate, DateOnly EndDate, DatePrecision Precision, EventKind Kind, string Title,
        int SourceLine, string SourceText, string? Inference, int RelationId);

    private static readonly Func<RelationsDbContext, int[], IAsyncEnumerable<EventText>> EventsById = EF.CompileAsyncQuery(
        (RelationsDbContext db, int[] ids) => db.Events.AsNoTracking().Where(e => ids.Contains(e.Id))
            .Select(e => new EventText(e.Id, e.Slug, e.StartDate, e.EndDate, e.Precision, e.Kind, e.Title, e.SourceLine, e.SourceText, e.Inference, e.RelationId)));

    /// <summary>The facts of <paramref name="entries"/>, in their order.</summary>
    public async Task<List<TimelineItem>> LoadAsync(IReadOnlyList<TimelineEntry> entries, TimelineFacts facts, CancellationToken ct)
    {
        var relations = facts.Relations;
        var items = new Dictionary<(TimelineKind, int), TimelineItem>();
        var ids = entries.ToLookup(e => e.Kind, e => e.Id);
        var parties = entries.Where(e => e.Kind == TimelineKind.Agreement).ToDictionary(e => e.Id, e => e.Countries);
        CountryRef Country(int id, int relation) => Side(facts.Countries[id], relations[relation]);
        // The index may be up to a data version behind another instance's import: a fact whose relation or
        // countries it does not know was deleted or re-inserted since, and is left out rather than failing the page.
        bool Known(int relation, params int?[] countries) =>
            relations.ContainsKey(relation) && countries.All(c => c is not { } id || facts.Countries.ContainsKey(id));

        if (ids[TimelineKind.Visit].ToArray() is { Length: > 0 } visitIds)
        {
            var rows = await VisitsById(db, visitIds).ToListAsync(ct);
            foreach (var v in rows.Where(v => Known(v.RelationId, v.VisitingCountryId, v.HostCountryId)))
            {
                var visiting = v.VisitingCountryId is { } vc ? Country(vc, v.RelationId) : null;
                var host = v.HostCountryId is { } hc ? Country(hc, v.RelationId) : null;
                var direction = Labels.Direction(visiting?.Name, host?.Name);
                items[(TimelineKind.Visit, v.Id)] = new TimelineItem(TimelineKind.Visit, FuzzyDates.From(v.StartDate, v.EndDate, v.Precision),
                    $"Visit: {string.Join(", ", v.People)}", $"{VisitTiers.Label(v.Tier)} · {direction}", $"/visits/{v.Slug}", $"visit-{v.Slug}",
                    new[] { visiting, host }.OfType<CountryRef>().ToList(), Source(relations[v.RelationId], v.SourceLine, v.SourceText, v.Inference),
                    visiting?.Side is "a" or "b" ? visiting.Side : null);
            }
        }
        if (ids[TimelineKind.Agreement].ToArray() is { Length: > 0 } agreementIds)
        {
            var rows = await AgreementsById(db, agreementIds).ToListAsync(ct);
            foreach (var a in rows.Where(a => parties.ContainsKey(a.Id) && Known(a.RelationId, [.. parties[a.Id].Select(c => (int?)c)])))
            {
                var relation = relations[a.RelationId];
                var agreementParties = parties[a.Id].Select(c => Country(c, a.RelationId)).ToList();
                items[(TimelineKind.Agreement, a.Id)] = new TimelineItem(TimelineKind.Agreement, FuzzyDates.From(a.StartDate, a.EndDate, a.Precision)!.Value,
                    a.Title, "Agreement signed", $"/agreements?relation={relation.Slug}#{a.Slug}", $"agreement-{a.Slug}", agreementParties,
                    Source(relation, a.SourceLine, a.SourceText, a.Inference));
            }
        }
        var missionIds = ids[TimelineKind.Embassy].ToArray();
        var ambassadorIds = ids[TimelineKind.Ambassador].ToArray();
        if (missionIds.Length > 0 || ambassadorIds.Length > 0)
        {
            var rows = await MissionsById(db, missionIds, ambassadorIds).ToListAsync(ct);
            foreach (var m in rows.Where(m => Known(m.RelationId, m.SendingCountryId, m.HostCountryId)))
            {
                var relation = relations[m.RelationId];
                var (sending, host) = (Country(m.SendingCountryId, m.RelationId), Country(m.HostCountryId, m.RelationId));
                if (FuzzyDates.From(m.OpenedStart, m.OpenedEnd, m.OpenedPrecision) is { } opened)
                {
                    var place = m.City is null ? host.Name : $"{m.City}, {host.Name}";
                    // The line that says when it opened, else the mission's own.
                    var source = m.OpenedSourceLine is { } line ? Source(relation, line, m.OpenedSourceText ?? "", null) : Source(relation, m.SourceLine, m.SourceText, m.Inference);
                    items[(TimelineKind.Embassy, m.Id)] = new TimelineItem(TimelineKind.Embassy, opened, $"{Labels.Of(m.Kind)} of {sending.Name} opened in {place}", null,
                        $"/missions?relation={relation.Slug}#{m.Slug}", $"mission-{m.Slug}", [sending, host], source);
                }
                foreach (var a in m.Ambassadors)
                {
                    items[(TimelineKind.Ambassador, a.Id)] = new TimelineItem(TimelineKind.Ambassador, FuzzyDates.From(a.SinceStart, a.SinceEnd, a.SincePrecision)!.Value,
                        $"{a.Name}, ambassador of {sending.Name} to {host.Name}", "In office since this date", $"/missions?relation={relation.Slug}#{m.Slug}",
                        $"ambassador-{m.Slug}-{Core.Text.Slug.From(a.Name)}", [sending, host], Source(relation, a.SourceLine, a.SourceText, a.Inference));
                }
            }
        }
        if (ids[TimelineKind.Membership].ToArray() is { Length: > 0 } membershipIds)
        {
            var rows = await MembershipsById(db, membershipIds).ToListAsync(ct);
            foreach (var m in rows.Where(m => Known(m.RelationId, m.CountryId)))
            {
                var relation = relations[m.RelationId];
                var country = Country(m.CountryId, m.RelationId);
                items[(TimelineKind.Membership, m.Id)] = new TimelineItem(TimelineKind.Membership, FuzzyDates.From(m.SinceStart, m.SinceEnd, m.SincePrecision)!.Value,
                    $"{country.Name}: {m.Status.ToString().ToLowerInvariant()} of {m.Organisation}", null, $"/memberships?relation={relation.Slug}#{m.Slug}",
                    $"membership-{m.Slug}", [country], Source(relation, m.SourceLine, m.SourceText, m.Inference));
            }
        }
        if (ids[TimelineKind.Event].ToArray() is { Length: > 0 } eventIds)
        {
            var rows = await EventsById(db, eventIds).ToListAsync(ct);
            foreach (var e in rows.Where(e => Known(e.RelationId)))
            {
                var relation = relations[e.RelationId];
                items[(TimelineKind.Event, e.Id)] = new TimelineItem(TimelineKind.Event, FuzzyDates.From(e.StartDate, e.EndDate, e.Precision), e.Title, Labels.Of(e.Kind),
                    $"/timeline#event-{e.Slug}", $"event-{e.Slug}", [relation.CountryA, relation.CountryB], Source(relation, e.SourceLine, e.SourceText, e.Inference));
            }
        }
        return entries.Where(e => items.ContainsKey((e.Kind, e.Id))).Select(e => items[(e.Kind, e.Id)]).ToList();
    }

    /// <summary>The country with its colour side in <paramref name="relation"/> (A or B), or no side for a third country.</summary>
    private static CountryRef Side(CountryRef country, RelationLink relation) =>
        country.WithSide(country.Slug == relation.CountryA.Slug ? "a" : country.Slug == relation.CountryB.Slug ? "b" : "");

    private static SourceRef Source(RelationLink relation, int line, string text, string? inference) => new(relation.Slug, line, text, inference);
}
