using System.Text.RegularExpressions;
using BilateralRelations.Core.Dates;
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
    /// <summary>A visit as the summary shows it (<see cref="CountryVisit"/>): no texts read.</summary>
    private sealed record VisitData(int Id, string Slug, DateOnly Start, DateOnly End, DatePrecision Precision, int? VisitingId, int? HostId,
        VisitTier Tier, int RelationId)
    {
        public List<PersonLink> People { get; } = [];
    }

    // The country's visits as its summary counts them: those of its own relations, and those it made or received in
    // any other. Compiled once, with the country's id as the only parameter: built per request, the query (a list of
    // relation ids captured from a local) was a fifth of the page's CPU in EF Core's parameter extraction alone.
    private static readonly Func<RelationsDbContext, int, IAsyncEnumerable<VisitData>> VisitsOf = EF.CompileAsyncQuery(
        (RelationsDbContext db, int country) => db.Visits.AsNoTracking()
            .Where(v => db.Relations.Where(r => r.CountryAId == country || r.CountryBId == country).Select(r => r.Id).Contains(v.RelationId)
                || v.VisitingCountryId == country || v.HostCountryId == country)
            .OrderBy(v => v.StartDate).ThenBy(v => v.EndDate).ThenBy(v => v.Id)
            .Select(v => new VisitData(v.Id, v.Slug, v.StartDate, v.EndDate, v.Precision, v.VisitingCountryId, v.HostCountryId, v.Tier, v.RelationId)));

    private sealed record RelationDate(int RelationId, EventKind Kind, DateOnly Start, DateOnly End, DatePrecision Precision);

    // What dates the country's own relations: diplomatic relations established, or recognition.
    private static readonly Func<RelationsDbContext, int, IAsyncEnumerable<RelationDate>> DatesOf = EF.CompileAsyncQuery(
        (RelationsDbContext db, int country) => db.Events.AsNoTracking()
            .Where(e => db.Relations.Where(r => r.CountryAId == country || r.CountryBId == country).Select(r => r.Id).Contains(e.RelationId)
                && (e.Kind == EventKind.DiplomaticRelations || e.Kind == EventKind.Recognition))
            .Select(e => new RelationDate(e.RelationId, e.Kind, e.StartDate, e.EndDate, e.Precision)));

    public async Task<CountrySummaryViewModel?> GetAsync(string slug, CancellationToken ct)
    {
        // The country from the catalog; from the database only when it is newer than the catalog.
        var id = await catalog.CountryIdAsync(slug, ct) ?? await db.Countries.AsNoTracking().Where(c => c.Slug == slug).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);
        if (id is not { } countryId)
        {
            return null;
        }
        var own = new HashSet<int>();
        foreach (var r in (await catalog.ByIdAsync(ct)).Values)
        {
            if (r.A.Slug == slug || r.B.Slug == slug)
            {
                own.Add(r.Id);
            }
        }
        if (own.Count == 0)
        {
            return null;
        }
        // One connection for the page's commands: EF Core would take it from the pool and give it back around each.
        // The context closes it when the request ends.
        await db.Database.OpenConnectionAsync(ct);
        var rows = await VisitsOf(db, countryId).ToListAsync(ct);
        var listed = SummaryVisitChoice.Choose(rows.Select(v => new SummaryVisitChoice.Candidate(v.Id, v.Tier, v.Start)).ToList());
        // People only for the visits listed: the counts need none.
        var byId = rows.Where(v => listed.Contains(v.Id)).ToDictionary(v => v.Id);
        await foreach (var p in Projections.PeopleOfVisits(db, [.. byId.Keys]).WithCancellation(ct))
        {
            if (byId.TryGetValue(p.VisitId, out var visit))
            {
                visit.People.Add(new PersonLink(p.Slug, p.Name, p.Title));
            }
        }
        var relations = await catalog.CoveringAsync(db, rows.Select(v => v.RelationId), ct);
        var countries = await catalog.CountriesCoveringAsync(db,
            rows.SelectMany(v => new[] { v.VisitingId, v.HostId }).OfType<int>().Append(countryId), ct);
        var dates = await DatesOf(db, countryId).ToListAsync(ct);
        var abroad = await facts.MissionsAsync(null, countryId, null, ct);
        var hosted = await facts.MissionsAsync(null, null, countryId, ct);
        var agreements = await facts.AgreementsAsync(null, countryId, ct);
        var twins = await facts.SisterCitiesAsync(null, countryId, ct);
        var memberships = await facts.MembershipsAsync(null, countryId, ct);

        var visits = new CountryVisits(slug);
        var links = new Dictionary<int, RelationLink>();
        foreach (var v in rows)
        {
            var r = relations[v.RelationId];
            if (!links.TryGetValue(v.RelationId, out var link))
            {
                links[v.RelationId] = link = r.ToLink();
            }
            visits.Add(v.RelationId, link, new CountryVisit(v.Slug, FuzzyDates.From(v.Start, v.End, v.Precision), v.People,
                v.VisitingId is { } visiting ? countries[visiting].ToRef(r) : null, v.HostId is { } host ? countries[host].ToRef(r) : null, v.Tier),
                listed.Contains(v.Id));
        }
        // An own relation deleted since the catalog was built (relations read again above) has no section.
        foreach (var relationId in own.Where(relations.ContainsKey))
        {
            visits.Relation(relationId);
        }
        var since = RelationsSince(dates);
        var partners = visits.ByRelation
            .Select(group =>
            {
                var relation = relations[group.Key];
                var link = links.GetValueOrDefault(group.Key) ?? relation.ToLink();
                return new CountryPartner(link, own.Contains(relation.Id) ? Partner(link, slug) : null,
                    since.TryGetValue(relation.Id, out var dated) ? FuzzyDates.From(dated.Start, dated.End, dated.Precision) : null,
                    group.Value.Made, group.Value.Received, group.Value.NotStated);
            })
            .OrderBy(p => p.Partner is null).ThenBy(p => p.Partner?.Name).ThenBy(p => p.Relation.Title)
            .ToList();

        var country = countries[countryId];
        var countryRef = new CountryRef(country.Slug, country.Name, country.Iso3, "a");
        var sources = partners.Select(p => p.Relation)
            .Concat(abroad.Select(m => m.Relation)).Concat(hosted.Select(m => m.Relation)).Concat(agreements.Select(a => a.Relation))
            .Concat(twins.Select(s => s.Relation)).Concat(memberships.Select(m => m.Relation))
            .DistinctBy(r => r.Slug).OrderBy(r => r.Title).ToList();
        return new CountrySummaryViewModel(
            countryRef, partners, abroad, hosted, visits.ByTier(), visits.PerYear(),
            agreements.Select(a => new CountryAgreement(a, a.Parties.Where(p => p.Slug != slug).DefaultIfEmpty(Partner(a.Relation, slug)).ToList())).ToList(),
            twins,
            Deduplicate(memberships),
            sources);
    }

    /// <summary>Each relation's date: diplomatic relations established, else recognition; the earliest of them.</summary>
    private static Dictionary<int, RelationDate> RelationsSince(List<RelationDate> dates)
    {
        static int Rank(RelationDate e) => e.Kind == EventKind.DiplomaticRelations ? 0 : 1;
        var best = new Dictionary<int, RelationDate>();
        foreach (var e in dates)
        {
            if (!best.TryGetValue(e.RelationId, out var kept) || Rank(e) < Rank(kept) || (Rank(e) == Rank(kept) && e.Start < kept.Start))
            {
                best[e.RelationId] = e;
            }
        }
        return best;
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
