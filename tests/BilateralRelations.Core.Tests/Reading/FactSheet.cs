using System.Text.RegularExpressions;
using BilateralRelations.Core.Dates;
using BilateralRelations.Core.Facts;

namespace BilateralRelations.Core.Tests.Reading;

/// <summary>
/// Every fact of a relation as one line of text with everything but where it was read: slugs, dates (start, end,
/// precision), people, countries, levels, kinds, titles, and whether each was inferred. Two renderings of one article
/// must give equal sheets.
/// </summary>
internal static partial class FactSheet
{
    [GeneratedRegex(@"\bline \d+")]
    private static partial Regex LineMention();

    public static List<string> Of(ExtractedRelation r) =>
    [
        .. r.Visits.Select(v => $"visit {v.Slug} {Date(v.Date)} [{string.Join("; ", v.Delegation.Select(d => $"{d.Title}|{d.Name}|{d.Honorific}|{d.PersonSlug}"))}] "
            + $"{v.VisitingCountry?.Iso3}→{v.HostCountry?.Iso3} level={v.LevelHeading}/{v.Tier} {v.Kind} purpose={v.Purpose} «{v.Description}» {Basis(v.Basis)}"),
        .. r.Missions.Select(m => $"mission {m.Slug} {m.SendingCountry.Iso3}→{m.HostCountry.Iso3} {m.Kind} {m.City} via={m.ResidentIn?.Iso3} opened={Date(m.Opened)} {Basis(m.Basis)} heads=["
            + string.Join("; ", m.Ambassadors.Select(a => $"{a.Name} since {Date(a.Since)} {a.PersonSlug} {Basis(a.Basis)}")) + "]"),
        .. r.Agreements.Select(a => $"agreement {a.Slug} {Date(a.Date)} «{a.Title}» {string.Join("+", a.Parties.Select(p => p.Iso3))} {Basis(a.Basis)}"),
        .. r.Memberships.Select(m => $"membership {m.Slug} {m.Country.Iso3} {m.Status} «{m.Organisation}» since={Date(m.Since)} {Basis(m.Basis)}"),
        .. r.Events.Select(e => $"event {e.Slug} {Date(e.Date)} {e.Kind} «{e.Title}» {Basis(e.Basis)}"),
        .. r.SisterCities.Select(s => $"twin {s.Slug} {s.City} ({s.Country?.Iso3}) – {s.PartnerCity} ({s.PartnerCountry?.Iso3}) {Basis(s.Basis)}"),
        .. r.People.Select(p => $"person {p.Slug} {p.Name} [{string.Join(", ", p.Spellings)}] {p.Country?.Iso3}"),
    ];

    private static string Date(FuzzyDate? date) => date is not { } d ? "-" : $"{d.Start:yyyy-MM-dd}..{d.End:yyyy-MM-dd}/{d.Precision}";

    /// <summary>An inference names the line it leans on: that number differs between renderings, the reasoning must not.</summary>
    private static string Basis(Basis b) => b.IsInferred ? $"inferred({LineMention().Replace(b.Reason ?? "", "line N")})" : "stated";
}
