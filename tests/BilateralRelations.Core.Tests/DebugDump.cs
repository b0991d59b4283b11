using BilateralRelations.Core.Extraction;
using BilateralRelations.Core.Facts;
using Xunit.Abstractions;
namespace BilateralRelations.Core.Tests;
public sealed class DebugDump(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        foreach (var f in new[] { "Seeds/azerbaijan-hungary-relations.txt", "Golden/georgia-poland-relations.txt", "Golden/chile-new-zealand-relations.txt" })
        {
            var diags = new List<Diagnostic>();
            var r = new RelationExtractor().Extract(f, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, f)), diags)!;
            output.WriteLine($"== {f}");
            foreach (var p in r.People) output.WriteLine($"P {p.Slug} {p.Name} [{string.Join(",", p.Spellings)}] {p.Country?.Iso3}");
            foreach (var v in r.Visits) output.WriteLine($"V {v.Source.Line} {v.Slug} {v.Level} {v.Tier} {v.Kind} {v.VisitingCountry?.Iso3}->{v.HostCountry?.Iso3} {string.Join(" | ", v.Delegation.Select(d => $"[{d.Title}] {d.Name}"))} purpose={v.Purpose}");
            foreach (var a in r.Agreements) output.WriteLine($"A {a.Source.Line} {a.Date} {a.Title}");
            foreach (var m in r.Missions) output.WriteLine($"M {m.Slug} {m.City} {m.Opened} {string.Join(",", m.Ambassadors.Select(x => x.Name + " " + x.Since))}");
            foreach (var m in r.Memberships) output.WriteLine($"B {m.Source.Line} {m.Country.Iso3} {m.Status} {m.Organisation}");
            foreach (var s in r.SisterCities) output.WriteLine($"S {s.City} {s.Country?.Iso3} {s.PartnerCity} {s.PartnerCountry?.Iso3}");
            foreach (var e in r.Events) output.WriteLine($"E {e.Source.Line} {e.Date} {e.Kind} {e.Title}");
            foreach (var d in r.Diagnostics) output.WriteLine($"D {d}");
        }
    }
}
