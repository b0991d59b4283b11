using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BilateralRelations.Web.Controllers.Api;
using BilateralRelations.Web.Data;
using BilateralRelations.Web.Infrastructure;
using BilateralRelations.Web.ViewModels;

namespace BilateralRelations.Web.Queries;

/// <summary>One file of the published dataset.</summary>
public sealed record DownloadFile(string Name, string Title, string Description, string ContentType);

/// <summary>
/// The whole dataset as files to download (<c>/downloads</c>): one CSV per kind of fact, every fact as JSON Lines, and
/// the SQLite database itself (<see cref="DatabaseSnapshot"/>). Each names its licence and data version: CSVs in a
/// first line (skip it on import), JSON Lines in a first "about" record, the database in its Dataset table.
/// </summary>
public sealed class DatasetDownloads(VisitQueries visits, FactListQueries facts, PeopleQueries people)
{
    public const string Licence = Data.Entities.DatasetProperty.LicenceText;

    public static readonly IReadOnlyList<DownloadFile> Files =
    [
        new("relations.db", "The database", "Every fact, article line and diagnostic, as a SQLite file: open it with sqlite3 or any SQLite tool.", "application/vnd.sqlite3"),
        new("facts.jsonl", "Every fact, JSON Lines", "One JSON object per line: \"fact\" says which kind, then the fields of the JSON API; the first line says what the file is.", "application/jsonl"),
        new("visits.csv", "Visits", "One row per visit: dates and precision, countries, level, people and titles, source line.", "text/csv"),
        new("people.csv", "People", "Everyone the articles name, with every spelling and the number of visits.", "text/csv"),
        new("agreements.csv", "Agreements", "Agreements and treaties with their dates and parties.", "text/csv"),
        new("missions.csv", "Missions", "Embassies, consulates and other missions, with their city and opening date.", "text/csv"),
        new("ambassadors.csv", "Ambassadors", "Heads of mission, one row each, joined to missions.csv by mission_slug.", "text/csv"),
        new("sister-cities.csv", "Sister cities", "Twinned cities and their countries.", "text/csv"),
        new("memberships.csv", "Memberships", "Countries' standing in international organisations.", "text/csv"),
        new("events.csv", "Events", "Recognitions, relations established and other dated milestones.", "text/csv"),
    ];

    private static readonly string[] s_sourceColumns = ["source_line", "source_text", "inference"];

    private static IEnumerable<string> Source(SourceRef s) => [Number(s.Line), s.Text, s.Inference ?? ""];

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static readonly CsvTable<PersonRow> s_people = new(["slug", "name", "spellings", "country_iso3", "country", "visits"],
        p => [p.Slug, p.Name, string.Join("; ", p.Spellings), p.Country?.Iso3 ?? "", p.Country?.Name ?? "", Number(p.VisitCount)]);

    private static readonly CsvTable<AgreementRow> s_agreements = new(["slug", "relation", "date", "end_date", "precision", "title", "parties_iso3", .. s_sourceColumns],
        a => [a.Slug, a.Relation.Slug, Day(a.Date?.Start), Day(a.Date?.End), a.Date is { } d ? Labels.Of(d.Precision) : "", a.Title,
            string.Join("; ", a.Parties.Select(p => p.Iso3)), .. Source(a.Source)]);

    private static readonly CsvTable<MissionRow> s_missions = new(
        ["slug", "relation", "kind", "sending_country_iso3", "sending_country", "host_country_iso3", "host_country", "city", "resident_in_iso3", "opened", "opened_precision", .. s_sourceColumns],
        m => [m.Slug, m.Relation.Slug, m.KindLabel.ToLowerInvariant(), m.Sending.Iso3 ?? "", m.Sending.Name, m.Host.Iso3 ?? "", m.Host.Name, m.City ?? "",
            m.ResidentIn?.Iso3 ?? "", Day(m.Opened?.Start), m.Opened is { } o ? Labels.Of(o.Precision) : "", .. Source(m.Source)]);

    private static readonly CsvTable<(MissionRow Mission, AmbassadorRow Head)> s_ambassadors = new(
        ["mission_slug", "relation", "name", "person_slug", "since", "since_precision", .. s_sourceColumns],
        x => [x.Mission.Slug, x.Mission.Relation.Slug, x.Head.Name, x.Head.PersonSlug ?? "", Day(x.Head.Since?.Start), x.Head.Since is { } s ? Labels.Of(s.Precision) : "", .. Source(x.Head.Source)]);

    private static readonly CsvTable<SisterCityRow> s_sisterCities = new(
        ["slug", "relation", "city", "country_iso3", "partner_city", "partner_country_iso3", .. s_sourceColumns],
        s => [s.Slug, s.Relation.Slug, s.City, s.Country?.Iso3 ?? "", s.PartnerCity, s.PartnerCountry?.Iso3 ?? "", .. Source(s.Source)]);

    private static readonly CsvTable<MembershipRow> s_memberships = new(
        ["slug", "relation", "organisation", "country_iso3", "country", "status", "since", .. s_sourceColumns],
        m => [m.Slug, m.Relation.Slug, m.Organisation, m.Country.Iso3 ?? "", m.Country.Name, Labels.Of(m.Status), Day(m.Since?.Start), .. Source(m.Source)]);

    private static readonly CsvTable<EventRow> s_events = new(
        ["slug", "relation", "start_date", "end_date", "precision", "kind", "title", .. s_sourceColumns],
        e => [e.Slug, e.Relation.Slug, Day(e.Date.Start), Day(e.Date.End), Labels.Of(e.Date.Precision), Labels.Of(e.Kind), e.Title, .. Source(e.Source)]);

    /// <summary>The note every file starts with: what it is, its data version and its licence.</summary>
    public static string Note(string file, string version) => $"# BilateralRelations {file} · data version {version} · {Licence}";

    /// <summary>Writes the text file <paramref name="name"/> (a CSV or the JSON Lines) to <paramref name="stream"/>.</summary>
    public async Task WriteAsync(string name, string version, Stream stream, CancellationToken ct)
    {
        var note = Note(name, version);
        switch (name)
        {
            case "visits.csv":
                await VisitCsv.Table.WriteAsync(stream, visits.StreamAsync(new VisitFilter(), ct), note, ct);
                break;
            case "people.csv":
                await s_people.WriteAsync(stream, await people.ListAsync(ct), note, ct);
                break;
            case "agreements.csv":
                await s_agreements.WriteAsync(stream, await facts.AgreementsAsync(null, null, ct), note, ct);
                break;
            case "missions.csv":
                await s_missions.WriteAsync(stream, await facts.MissionsAsync(null, null, null, ct), note, ct);
                break;
            case "ambassadors.csv":
                await s_ambassadors.WriteAsync(stream, (await facts.MissionsAsync(null, null, null, ct)).SelectMany(m => m.Ambassadors.Select(a => (m, a))), note, ct);
                break;
            case "sister-cities.csv":
                await s_sisterCities.WriteAsync(stream, await facts.SisterCitiesAsync(null, null, ct), note, ct);
                break;
            case "memberships.csv":
                await s_memberships.WriteAsync(stream, await facts.MembershipsAsync(null, null, ct), note, ct);
                break;
            case "events.csv":
                await s_events.WriteAsync(stream, await facts.EventsAsync(null, null, ct), note, ct);
                break;
            case "facts.jsonl":
                await WriteJsonLinesAsync(stream, version, ct);
                break;
            default:
                throw new ArgumentException($"No such download: {name}", nameof(name));
        }
    }

    /// <summary>
    /// Every fact, a JSON object per line: "fact" says which (visit, agreement…; not "kind", which visits, missions and
    /// events have as a field of their own), then the fields of the API. The first line is the "about" record.
    /// </summary>
    private async Task WriteJsonLinesAsync(Stream stream, string version, CancellationToken ct)
    {
        // The first visit is read before the writer exists (disposing it flushes, which starts the response): a
        // database that cannot be read still gets its 503. The rest are read as they are written.
        await using var visitRows = visits.StreamAsync(new VisitFilter(), ct).GetAsyncEnumerator(ct);
        var moreVisits = await visitRows.MoveNextAsync();
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };
        await using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 64 * 1024, leaveOpen: true);
        async Task LineAsync(string kind, object fact)
        {
            var node = JsonSerializer.SerializeToNode(fact, fact.GetType(), options)!.AsObject();
            var line = new JsonObject { ["fact"] = kind };
            foreach (var (key, value) in node.ToList())
            {
                node.Remove(key);
                line[key] = value;
            }
            await writer.WriteLineAsync(line.ToJsonString(options).AsMemory(), ct);
        }
        await writer.WriteLineAsync(new JsonObject { ["fact"] = "about", ["dataset"] = "BilateralRelations", ["dataVersion"] = version, ["licence"] = Licence }.ToJsonString(options).AsMemory(), ct);
        for (; moreVisits; moreVisits = await visitRows.MoveNextAsync())
        {
            await LineAsync("visit", ApiVisit.From(visitRows.Current));
        }
        foreach (var a in await facts.AgreementsAsync(null, null, ct))
        {
            await LineAsync("agreement", ApiAgreement.From(a));
        }
        foreach (var m in await facts.MissionsAsync(null, null, null, ct))
        {
            await LineAsync("mission", ApiMission.From(m));
        }
        foreach (var s in await facts.SisterCitiesAsync(null, null, ct))
        {
            await LineAsync("sister-city", ApiSisterCity.From(s));
        }
        foreach (var m in await facts.MembershipsAsync(null, null, ct))
        {
            await LineAsync("membership", ApiMembership.From(m));
        }
        foreach (var e in await facts.EventsAsync(null, null, ct))
        {
            await LineAsync("event", ApiEvent.From(e));
        }
        foreach (var p in await people.ListAsync(ct))
        {
            await LineAsync("person", ApiPerson.From(p));
        }
    }
}
