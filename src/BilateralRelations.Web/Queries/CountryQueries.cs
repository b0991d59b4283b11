using System.Text.RegularExpressions;
using BilateralRelations.Core.Extraction.Visits;
using BilateralRelations.Core.Facts;
using BilateralRelations.Web.Data;
using BilateralRelations.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace BilateralRelations.Web.Queries;

/// <summary>
/// One country across all its relations: the printable country summary, and the country list. A country's visits are
/// every visit of its relations' articles, plus those other articles record it making or receiving; each is made,
/// received or of unstated direction, so the groups always add up.
/// </summary>
public sealed partial class CountryQueries(RelationsDbContext db, FactListQueries facts, RelationCatalog catalog)
{
    public async Task<CountrySummaryViewModel?> GetAsync(string slug, CancellationToken ct)
    {
        var country = await db.Countries.AsNoTracking().Where(c => c.Slug == slug).Select(c => new { c.Id, c.Slug, c.Name, c.Iso3 }).FirstOrDefaultAsync(ct);
        if (country is null)
        {
            return null;
        }
        var own = (await catalog.ByIdAsync(ct)).Values.Where(r => r.A.Slug == slug || r.B.Slug == slug).Select(r => r.Id).ToList();
        if (own.Count == 0)
        {
            return null;
        }
        var rows = await db.Visits.AsNoTracking()
            .Where(v => own.Contains(v.RelationId) || v.VisitingCountryId == country.Id || v.HostCountryId == country.Id)
            .OrderBy(v => v.StartDate).ThenBy(v => v.EndDate).ThenBy(v => v.Id)
            .Select(Projections.VisitAlone)
            .ToListAsync(ct);
        await rows.WithPeopleAsync(db, ct);
        var relations = await catalog.CoveringAsync(db, rows.Select(v => v.RelationId), ct);
        var visits = rows.Select(v => v.ToRow(relations)).ToList();
        var since = await db.Events.AsNoTracking()
            .Where(e => own.Contains(e.RelationId) && (e.Kind == EventKind.DiplomaticRelations || e.Kind == EventKind.Recognition))
            .Select(e => new { e.RelationId, e.Kind, e.StartDate, e.EndDate, e.Precision })
            .ToListAsync(ct);
        var abroad = await facts.MissionsAsync(null, slug, null, ct);
        var hosted = await facts.MissionsAsync(null, null, slug, ct);
        var agreements = await facts.AgreementsAsync(null, slug, ct);
        var twins = await facts.SisterCitiesAsync(null, slug, ct);
        var memberships = await facts.MembershipsAsync(null, slug, ct);

        Direction DirectionOf(VisitRow v) => v.VisitorInRelation?.Slug == slug ? Direction.Made : v.HostInRelation?.Slug == slug ? Direction.Received : Direction.NotStated;

        var partners = visits.Select(v => v.Relation.Slug).Concat(relations.Values.Where(r => own.Contains(r.Id)).Select(r => r.Slug)).Distinct()
            .Select(relationSlug =>
            {
                var relation = relations.Values.First(r => r.Slug == relationSlug);
                var link = relation.ToLink();
                var isOwn = own.Contains(relation.Id);
                var mine = visits.Where(v => v.Relation.Slug == relationSlug).ToList();
                // Diplomatic relations date the relation; recognition only where relations are not dated.
                var dated = since.Where(e => e.RelationId == relation.Id).OrderBy(e => e.Kind == EventKind.DiplomaticRelations ? 0 : 1).ThenBy(e => e.StartDate).FirstOrDefault();
                return new CountryPartner(link, isOwn ? (link.CountryA.Slug == slug ? link.CountryB : link.CountryA) : null,
                    dated is null ? null : FuzzyDates.From(dated.StartDate, dated.EndDate, dated.Precision),
                    mine.Where(v => DirectionOf(v) == Direction.Made).ToList(),
                    mine.Where(v => DirectionOf(v) == Direction.Received).ToList(),
                    mine.Where(v => DirectionOf(v) == Direction.NotStated).ToList());
            })
            .OrderBy(p => p.Partner is null).ThenBy(p => p.Partner?.Name).ThenBy(p => p.Relation.Title)
            .ToList();

        var byTier = visits.GroupBy(v => v.Tier).OrderBy(g => g.Key == VisitTier.Other ? 9 : (int)g.Key)
            .Select(g => new TierCounts(VisitTiers.Label(g.Key), g.Count(v => DirectionOf(v) == Direction.Made),
                g.Count(v => DirectionOf(v) == Direction.Received), g.Count(v => DirectionOf(v) == Direction.NotStated)))
            .ToList();
        // A visit spanning two years counts in both, as on the relation overview.
        var perYear = visits.SelectMany(v => Enumerable.Range(v.Date.Start.Year, v.Date.End.Year - v.Date.Start.Year + 1).Select(y => (Year: y, Direction: DirectionOf(v))))
            .GroupBy(x => x.Year).OrderBy(g => g.Key)
            .Select(g => new YearChartBar(g.Key, [g.Count(x => x.Direction == Direction.Made), g.Count(x => x.Direction == Direction.Received), g.Count(x => x.Direction == Direction.NotStated)], null))
            .ToList();

        var countryRef = new CountryRef(country.Slug, country.Name, country.Iso3, "a");
        var sources = partners.Select(p => p.Relation)
            .Concat(abroad.Select(m => m.Relation)).Concat(hosted.Select(m => m.Relation)).Concat(agreements.Select(a => a.Relation))
            .Concat(twins.Select(s => s.Relation)).Concat(memberships.Select(m => m.Relation))
            .DistinctBy(r => r.Slug).OrderBy(r => r.Title).ToList();
        return new CountrySummaryViewModel(
            countryRef, partners, abroad, hosted, byTier, perYear,
            agreements.Select(a => new CountryAgreement(a, a.Parties.Where(p => p.Slug != slug).DefaultIfEmpty(Partner(a.Relation, slug)).ToList())).ToList(),
            twins,
            Deduplicate(memberships),
            sources);
    }

    private enum Direction
    {
        Made,
        Received,
        NotStated,
    }

    private static CountryRef Partner(RelationLink relation, string slug) => relation.CountryA.Slug == slug ? relation.CountryB : relation.CountryA;

    /// <summary>
    /// Each organisation once, although every article of the country names it, often differently: "OSCE" and
    /// "Organization for Security and Co-operation in Europe", "… Cooperation (BSEC)" and "… Cooperation" are one.
    /// </summary>
    private static List<MembershipSummary> Deduplicate(IReadOnlyList<MembershipRow> memberships)
    {
        var groups = new List<List<(MembershipRow Row, OrganisationName Name)>>();
        foreach (var m in memberships)
        {
            var name = OrganisationName.Of(m.Organisation);
            var group = groups.FirstOrDefault(g => g.Any(o => o.Name.SameAs(name)));
            if (group is null)
            {
                groups.Add([(m, name)]);
            }
            else
            {
                group.Add((m, name));
            }
        }
        return groups
            .Select(g => g.Select(x => x.Row).ToList())
            .Select(g => new MembershipSummary(
                // The fullest name: "Organization of the Black Sea Economic Cooperation (BSEC)" over "BSEC".
                g.Select(m => m.Organisation).MaxBy(n => n.Length)!,
                Statuses(g.Select(m => m.Status)),
                g.Where(m => m.Since is not null).Select(m => m.Since).MinBy(s => s!.Value.Start),
                g.Select(m => m.Relation).DistinctBy(r => r.Slug).ToList()))
            .OrderBy(m => m.Organisation, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>Each status once; a founding member is a member, so "member" says nothing more beside it.</summary>
    private static List<MembershipStatus> Statuses(IEnumerable<MembershipStatus> statuses)
    {
        var distinct = statuses.Distinct().Order().ToList();
        if (distinct.Contains(MembershipStatus.FoundingMember))
        {
            distinct.Remove(MembershipStatus.Member);
        }
        return distinct;
    }

    /// <summary>An organisation's name folded for comparison, its abbreviation (bracketed, or the name itself when it is one) and its initials.</summary>
    private sealed record OrganisationName(string Folded, string? Abbreviation, string? Initials)
    {
        public static OrganisationName Of(string organisation)
        {
            var bracket = Bracketed().Match(organisation);
            var name = (bracket.Success ? organisation[..bracket.Index] : organisation).Trim();
            var words = Word().Matches(name).Select(w => w.Value).ToList();
            var alone = words.Count == 1 && words[0].Length > 1 && words[0].All(char.IsUpper);
            return new OrganisationName(
                Fold(name),
                bracket.Success ? Fold(bracket.Groups[1].Value) : alone ? Fold(words[0]) : null,
                // Initials of the capitalised words: "Organization for Security and Co-operation in Europe" → "osce".
                words.Count >= 2 ? new string(words.Where(w => char.IsUpper(w[0])).Select(w => char.ToLowerInvariant(w[0])).ToArray()) : null);
        }

        /// <summary>The same name, the same abbreviation, or an abbreviation standing alone that is the other's initials.</summary>
        public bool SameAs(OrganisationName other) =>
            Folded == other.Folded
            || (Abbreviation is not null && (Abbreviation == other.Abbreviation || Abbreviation == other.Folded))
            || (other.Abbreviation is not null && other.Abbreviation == Folded)
            || (IsAbbreviation && Folded == other.Initials)
            || (other.IsAbbreviation && other.Folded == Initials);

        /// <summary>The name is an abbreviation standing alone ("OSCE"): only then are initials compared, so
        /// "World Trade Organization (WTO)" never meets "World Tourism Organization".</summary>
        private bool IsAbbreviation => Abbreviation == Folded;
    }

    /// <summary>Lower case, "organisation" spelt one way, "the" and punctuation dropped: a name to compare.</summary>
    private static string Fold(string name) =>
        string.Join(' ', Word().Matches(name.ToLowerInvariant().Replace("organisation", "organization", StringComparison.Ordinal)
            .Replace("co-operation", "cooperation", StringComparison.Ordinal)).Select(w => w.Value).Where(w => w != "the"));

    [GeneratedRegex(@"\(([^)]+)\)\s*$")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'-]*")]
    private static partial Regex Word();
}
