using BilateralRelations.Core.Extraction;
using BilateralRelations.Core.Facts;

namespace BilateralRelations.Core.Tests.Extraction;

/// <summary>The smallest article around a fragment: a title line, then the fragment.</summary>
internal static class TestArticle
{
    public static ExtractedRelation Extract(string body, string title = "= Azerbaijan–Hungary relations =") =>
        Extract(body, title, out _);

    public static ExtractedRelation Extract(string body, string title, out List<Diagnostic> diagnostics)
    {
        diagnostics = [];
        return new RelationExtractor().Extract("test.txt", $"{title}\n{body}\n", diagnostics)
            ?? throw new InvalidOperationException(string.Join('\n', diagnostics));
    }

    /// <summary>"AZE embassy in Budapest (HUN)", "LVA embassy in Kyiv (MDA via UKR)": a mission in one line for assertions.</summary>
    public static string Describe(MissionFact m) =>
        $"{m.SendingCountry.Iso3} {m.Kind} in {m.City ?? "-"} ({m.HostCountry.Iso3}{(m.ResidentIn is null ? "" : " via " + m.ResidentIn.Iso3)})";

    public static string Describe(MembershipFact m) => $"{m.Country.Iso3} {m.Status} {m.Organisation}";

    public static string Describe(VisitFact v) =>
        $"{v.Date.SlugKey} {string.Join(" + ", v.Delegation.Select(d => d.Name))} {v.VisitingCountry?.Iso3 ?? "?"}→{v.HostCountry?.Iso3 ?? "?"}";
}
