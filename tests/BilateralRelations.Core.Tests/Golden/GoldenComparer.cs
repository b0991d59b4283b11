using System.Globalization;
using System.Text.Json;
using BilateralRelations.Core.Countries;
using BilateralRelations.Core.Dates;
using BilateralRelations.Core.Facts;

namespace BilateralRelations.Core.Tests.Golden;

/// <summary>Lists every difference between extracted facts and a golden file, one readable line each.</summary>
internal static class GoldenComparer
{
    public static List<string> Compare(ExtractedRelation actual, JsonElement expected)
    {
        var problems = new List<string>();
        CompareVisits(actual, expected, problems);
        CompareAgreements(actual, expected, problems);
        CompareMissions(actual, expected, problems);
        CompareSisterCities(actual, expected, problems);
        CompareMemberships(actual, expected, problems);
        CompareEvents(actual, expected, problems);
        return problems;
    }

    /// <summary>The fact a problem is about ("visits: line 21"), so several wrong fields count as one wrong fact.</summary>
    public static string FactOf(string problem) =>
        System.Text.RegularExpressions.Regex.Match(problem, @"^(?:visits: line \d+|missions: \S+ [a-z -]+?(?= ambassador| city| kind| opened| not)|sister cities: count)") is { Success: true } m ? m.Value : problem;

    /// <summary>The number of facts a golden file expects, for a score.</summary>
    public static int ExpectedCount(JsonElement expected) =>
        new[] { "visits", "agreements", "missions", "sisterCities", "memberships", "events" }
            .Sum(k => expected.TryGetProperty(k, out var list) ? list.GetArrayLength() : 0);

    private static void CompareVisits(ExtractedRelation actual, JsonElement expected, List<string> problems)
    {
        var expectedVisits = expected.GetProperty("visits").EnumerateArray().ToList();
        foreach (var extra in actual.Visits.Where(v => expectedVisits.All(e => e.GetProperty("line").GetInt32() != v.Source.Line)))
        {
            problems.Add($"visits: line {extra.Source.Line} read as a visit but is not one");
        }
        foreach (var e in expectedVisits)
        {
            var line = e.GetProperty("line").GetInt32();
            var found = actual.Visits.Where(v => v.Source.Line == line).ToList();
            if (found.Count != 1)
            {
                problems.Add($"visits: line {line}: expected one visit, found {found.Count}");
                continue;
            }
            var v = found[0];
            Check(problems, $"visits: line {line} start", Str(e, "start"), Iso(v.Date.Start));
            Check(problems, $"visits: line {line} end", Str(e, "end"), Iso(v.Date.End));
            Check(problems, $"visits: line {line} precision", Str(e, "precision"), Lower(v.Date.Precision));
            var people = e.GetProperty("people").EnumerateArray().Select(p => p.GetString()).ToList();
            Check(problems, $"visits: line {line} people", string.Join(" | ", people), string.Join(" | ", v.Delegation.Select(d => d.Name)));
            Check(problems, $"visits: line {line} visiting", Str(e, "visitingCountry"), v.VisitingCountry?.Iso3);
            Check(problems, $"visits: line {line} host", Str(e, "hostCountry"), v.HostCountry?.Iso3);
            Check(problems, $"visits: line {line} kind", Str(e, "kind"), Lower(v.Kind));
            if (Str(e, "level") is { } level)
            {
                Check(problems, $"visits: line {line} level", level, v.LevelHeading);
            }
        }
    }

    private static void CompareAgreements(ExtractedRelation actual, JsonElement expected, List<string> problems)
    {
        foreach (var e in List(expected, "agreements"))
        {
            var line = e.GetProperty("line").GetInt32();
            var contains = Str(e, "titleContains") ?? "";
            var ok = actual.Agreements.Any(a => a.Source.Line == line
                && a.Title.Contains(contains, StringComparison.OrdinalIgnoreCase)
                && SameDate(e, "start", "precision", a.Date));
            if (!ok)
            {
                problems.Add($"agreements: line {line} '{contains}' {Str(e, "start")} not found; have: {string.Join("; ", actual.Agreements.Select(a => $"{a.Source.Line} {a.Title} {a.Date}"))}");
            }
        }
    }

    private static void CompareMissions(ExtractedRelation actual, JsonElement expected, List<string> problems)
    {
        foreach (var e in List(expected, "missions"))
        {
            var label = $"missions: {Str(e, "sending")}→{Str(e, "host")} {Str(e, "kind")}";
            var candidates = actual.Missions.Where(m => m.SendingCountry.Iso3 == Str(e, "sending") && m.HostCountry.Iso3 == Str(e, "host") && Lower(m.Kind) == Str(e, "kind")).ToList();
            var m = candidates.FirstOrDefault(m => m.City == Str(e, "city")) ?? candidates.FirstOrDefault();
            if (m is null)
            {
                problems.Add($"{label} not found");
                continue;
            }
            Check(problems, $"{label} city", Str(e, "city"), m.City);
            Check(problems, $"{label} kind", Str(e, "kind"), Lower(m.Kind));
            Check(problems, $"{label} opened", Str(e, "openedStart"), m.Opened is { } o ? Iso(o.Start) : null);
            Check(problems, $"{label} opened precision", Str(e, "openedPrecision"), m.Opened is { } p ? Lower(p.Precision) : null);
            foreach (var a in List(e, "ambassadors"))
            {
                var found = m.Ambassadors.FirstOrDefault(x => x.Name == Str(a, "name"));
                if (found is null)
                {
                    problems.Add($"{label} ambassador {Str(a, "name")} not found; have {string.Join(", ", m.Ambassadors.Select(x => x.Name))}");
                    continue;
                }
                Check(problems, $"{label} ambassador {found.Name} since", Str(a, "since"), found.Since is { } s ? Iso(s.Start) : null);
            }
        }
    }

    private static void CompareSisterCities(ExtractedRelation actual, JsonElement expected, List<string> problems)
    {
        var expectedPairs = List(expected, "sisterCities").ToList();
        Check(problems, "sister cities: count", expectedPairs.Count.ToString(CultureInfo.InvariantCulture), actual.SisterCities.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var e in expectedPairs)
        {
            var ok = actual.SisterCities.Any(s =>
                (s.City, s.Country?.Iso3, s.PartnerCity, s.PartnerCountry?.Iso3) == (Str(e, "city"), Str(e, "country"), Str(e, "partnerCity"), Str(e, "partnerCountry"))
                || (s.PartnerCity, s.PartnerCountry?.Iso3, s.City, s.Country?.Iso3) == (Str(e, "city"), Str(e, "country"), Str(e, "partnerCity"), Str(e, "partnerCountry")));
            if (!ok)
            {
                problems.Add($"sister cities: {Str(e, "city")} ({Str(e, "country")}) – {Str(e, "partnerCity")} ({Str(e, "partnerCountry")}) not found; have {string.Join("; ", actual.SisterCities.Select(s => $"{s.City} ({s.Country?.Iso3}) – {s.PartnerCity} ({s.PartnerCountry?.Iso3})"))}");
            }
        }
    }

    private static void CompareMemberships(ExtractedRelation actual, JsonElement expected, List<string> problems)
    {
        foreach (var e in List(expected, "memberships"))
        {
            var ok = actual.Memberships.Any(m => m.Organisation.Contains(Str(e, "organisation")!, StringComparison.OrdinalIgnoreCase)
                && m.Country.Iso3 == Str(e, "country") && Lower(m.Status) == Str(e, "status"));
            if (!ok)
            {
                problems.Add($"memberships: {Str(e, "country")} {Str(e, "status")} of {Str(e, "organisation")} not found; have {string.Join("; ", actual.Memberships.Select(m => $"{m.Country.Iso3} {m.Status} {m.Organisation}"))}");
            }
        }
    }

    private static void CompareEvents(ExtractedRelation actual, JsonElement expected, List<string> problems)
    {
        foreach (var e in List(expected, "events"))
        {
            var line = e.GetProperty("line").GetInt32();
            var contains = Str(e, "textContains") ?? "";
            var ok = actual.Events.Any(x => x.Source.Line == line && x.Title.Contains(contains, StringComparison.OrdinalIgnoreCase) && SameDate(e, "start", "precision", x.Date));
            if (!ok)
            {
                problems.Add($"events: line {line} {Str(e, "start")} '{contains}' not found; have on that line: {string.Join("; ", actual.Events.Where(x => x.Source.Line == line).Select(x => $"{x.Date.SlugKey} {x.Title}"))}");
            }
        }
    }

    private static bool SameDate(JsonElement e, string start, string precision, FuzzyDate? date) =>
        date is { } d ? Str(e, start) == Iso(d.Start) && Str(e, precision) == Lower(d.Precision) : Str(e, start) is null;

    private static IEnumerable<JsonElement> List(JsonElement e, string name) =>
        e.TryGetProperty(name, out var list) ? list.EnumerateArray() : [];

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v.ToString() : null;

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString() switch
    {
        "ConsulateGeneral" => "consulate-general",
        "HonoraryConsulate" => "honorary consulate",
        "FoundingMember" => "founding member",
        var s => s.ToLowerInvariant(),
    };

    private static void Check(List<string> problems, string what, string? expected, string? actual)
    {
        if (expected != actual)
        {
            problems.Add($"{what}: expected '{expected ?? "null"}', got '{actual ?? "null"}'");
        }
    }
}
