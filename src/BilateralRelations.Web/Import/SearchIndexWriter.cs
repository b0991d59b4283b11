using System.Data.Common;
using BilateralRelations.Core.Dates;
using BilateralRelations.Core.Extraction.Visits;
using BilateralRelations.Web.Data;
using BilateralRelations.Web.Data.Entities;
using BilateralRelations.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace BilateralRelations.Web.Import;

/// <summary>
/// Writes the words of one relation's facts to the full-text index (the SearchEntries table, whose triggers fill
/// SearchIndex; see the SearchIndex migration), each row keyed by its kind, fact and relation
/// (<see cref="SearchEntryKey"/>), in the import's transaction, after the relation is saved (the rows
/// need the facts' ids). Deleting the relation deletes its rows, so a re-imported article replaces them and a
/// removed one takes them away. The words of a fact are what people type to find it: names and titles, countries
/// by name and adjective, places, dates and every year they cover, the level and kind, the relation's title, and
/// the article's line (for some kinds). Three columns, weighted apart in ranking: what names the fact, its other
/// fields, its line. A person is not a relation's fact: their one row is written apart (<see cref="WritePeopleAsync"/>).
/// </summary>
internal static class SearchIndexWriter
{
    /// <summary>One row: what names the fact, its other fields, and the article's line when it adds words.</summary>
    private sealed record Entry(SearchKind Kind, int FactId, string Title, string Body, string Source = "");

    public static async Task WriteAsync(RelationsDbContext db, Relation relation, CancellationToken ct)
    {
        await using var insert = await Inserter.PrepareAsync(db, ct);
        // In key order: FTS5 writes its pending words out each time a rowid lower than the last one comes in, and
        // the kinds would otherwise alternate (a mission, its ambassadors, the next mission).
        foreach (var (key, e) in EntriesOf(relation).Select(e => (Key: SearchEntryKey.Of(e.Kind, e.FactId, relation.Id), Entry: e)).OrderBy(x => x.Key))
        {
            await insert.RunAsync(key, relation.Id, e, ct);
        }
    }

    /// <summary>
    /// A row for each person without one: one row per person, of no relation, as a head of state named in a hundred
    /// articles would otherwise be a hundred rows that every search for a country's name ranks. An article's import
    /// deletes the rows of the people it names (and named: see <see cref="ImportSql.DeletePeopleSearchRowsAsync"/>),
    /// and the import writes them once at its end, with the titles of all their visits; so a person's row is missing
    /// only while an import runs, and an import that stopped half-way is mended by the next one.
    /// </summary>
    public static async Task WritePeopleAsync(RelationsDbContext db, CancellationToken ct)
    {
        var people = new List<Entry>();
        await using (var read = ImportSql.Command(db, $"""
            SELECT "p"."Id", "p"."Name",
                (SELECT group_concat("s"."Spelling", char(10)) FROM (SELECT "Spelling" FROM "PersonSpellings" WHERE "PersonId" = "p"."Id" ORDER BY "Id") AS "s"),
                (SELECT group_concat("t"."Title", char(10)) FROM (SELECT "Title" FROM "VisitParticipants" WHERE "PersonId" = "p"."Id" GROUP BY "Title" ORDER BY MIN("Id")) AS "t"),
                EXISTS (SELECT 1 FROM "Ambassadors" WHERE "PersonId" = "p"."Id"),
                "c"."Name", "c"."Adjective", "c"."Iso3"
            FROM "People" AS "p" LEFT JOIN "Countries" AS "c" ON "c"."Id" = "p"."CountryId"
            WHERE NOT EXISTS (SELECT 1 FROM "SearchEntries" WHERE "Id" = {SearchEntryKey.PersonSql("\"p\".\"Id\"")})
            ORDER BY "p"."Id"
            """))
        await using (var reader = await read.ExecuteReaderAsync(ct))
        {
            string? Text(int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
            while (await reader.ReadAsync(ct))
            {
                people.Add(new Entry(SearchKind.Person, reader.GetInt32(0), Words(reader.GetString(1), Text(2)),
                    Words("person", Text(3), reader.GetBoolean(4) ? "ambassador" : null, Place(Text(5), Text(6), Text(7)))));
            }
        }
        await using var insert = await Inserter.PrepareAsync(db, ct);
        foreach (var e in people) // in key order, as the ids are
        {
            await insert.RunAsync(SearchEntryKey.Of(SearchKind.Person, e.FactId, 0), DBNull.Value, e, ct);
        }
    }

    /// <summary>The prepared insert of one row into SearchEntries, in the import's transaction.</summary>
    private sealed class Inserter : IAsyncDisposable
    {
        private readonly DbCommand _command;
        private readonly DbParameter[] _parameters;

        private Inserter(DbCommand command, DbParameter[] parameters) => (_command, _parameters) = (command, parameters);

        public static async Task<Inserter> PrepareAsync(RelationsDbContext db, CancellationToken ct)
        {
            var command = ImportSql.Command(db, """
                INSERT INTO "SearchEntries" ("Id", "RelationId", "Kind", "FactId", "Title", "Body", "Source") VALUES ($id, $relation, $kind, $fact, $title, $body, $source)
                """);
            var parameters = new[] { "$id", "$relation", "$kind", "$fact", "$title", "$body", "$source" }.Select(name =>
            {
                var p = command.CreateParameter();
                p.ParameterName = name;
                command.Parameters.Add(p);
                return p;
            }).ToArray();
            await command.PrepareAsync(ct);
            return new Inserter(command, parameters);
        }

        public Task<int> RunAsync(long key, object relationId, Entry e, CancellationToken ct)
        {
            object[] values = [key, relationId, SearchKinds.Key(e.Kind), e.FactId, e.Title, e.Body, e.Source];
            for (var i = 0; i < values.Length; i++)
            {
                _parameters[i].Value = values[i];
            }
            return _command.ExecuteNonQueryAsync(ct);
        }

        public ValueTask DisposeAsync() => _command.DisposeAsync();
    }

    /// <summary>
    /// The rows of a relation. A visit, agreement or event keeps its article line (a prose visit's sentence names
    /// places its fields do not); a mission, ambassador, membership or twinning does not, as its line is often a
    /// paragraph about other facts ("… an embassy in Budapest. Hungary has an embassy in Baku.") and its fields say
    /// all of it.
    /// </summary>
    private static List<Entry> EntriesOf(Relation r)
    {
        var context = Words(r.Title, Place(r.CountryA), Place(r.CountryB));
        var entries = new List<Entry>();
        foreach (var v in r.Visits)
        {
            var people = v.Participants.OrderBy(p => p.Position).ToList();
            var names = Words(people.SelectMany(p => new[] { p.NameAsWritten, p.Person.Name }).Distinct().ToArray());
            entries.Add(new Entry(SearchKind.Visit, v.Id, names.Length > 0 ? names : v.Description, Words(
                "visit", Labels.Of(v.Kind), VisitTiers.Label(v.Tier), v.LevelHeading,
                Words(people.Select(p => p.Title).ToArray()), Place(v.VisitingCountry), Place(v.HostCountry),
                When(new FuzzyDate(v.StartDate, v.EndDate, v.Precision)), v.Description, v.Purpose, context), v.SourceText));
        }
        foreach (var a in r.Agreements)
        {
            entries.Add(new Entry(SearchKind.Agreement, a.Id, a.Title, Words(
                "agreement treaty", Words(a.Parties.Select(Place).ToArray()), When(FuzzyDates.From(a.StartDate, a.EndDate, a.Precision)), context), a.SourceText));
        }
        foreach (var m in r.Missions)
        {
            var kind = Labels.Of(m.Kind);
            var where = Words(Place(m.SendingCountry), Place(m.HostCountry), m.City, Place(m.ResidentInCountry));
            entries.Add(new Entry(SearchKind.Mission, m.Id, $"{kind} of {m.SendingCountry.Name} in {m.City ?? m.HostCountry.Name}", Words(
                kind, "diplomatic mission", where, When(FuzzyDates.From(m.OpenedStart, m.OpenedEnd, m.OpenedPrecision)), context)));
            foreach (var a in m.Ambassadors)
            {
                entries.Add(new Entry(SearchKind.Ambassador, a.Id, Words(a.Name, a.Person?.Name), Words(
                    "ambassador envoy", kind, where, When(FuzzyDates.From(a.SinceStart, a.SinceEnd, a.SincePrecision)), context)));
            }
        }
        foreach (var s in r.SisterCities)
        {
            entries.Add(new Entry(SearchKind.SisterCity, s.Id, $"{s.City} – {s.PartnerCity}", Words(
                "sister cities twin towns twinned", Place(s.Country), Place(s.PartnerCountry), context)));
        }
        foreach (var m in r.Memberships)
        {
            entries.Add(new Entry(SearchKind.Membership, m.Id, m.Organisation, Words(
                "membership member", Labels.Of(m.Status), Place(m.Country), When(FuzzyDates.From(m.SinceStart, m.SinceEnd, m.SincePrecision)), context)));
        }
        foreach (var e in r.Events)
        {
            entries.Add(new Entry(SearchKind.Event, e.Id, e.Title, Words(
                "event", Labels.Of(e.Kind), When(new FuzzyDate(e.StartDate, e.EndDate, e.Precision)), context), e.SourceText));
        }
        return entries;
    }

    /// <summary>The non-empty pieces, one per line, each line once (a visit's host is often one of the relation's countries).</summary>
    private static string Words(params string?[] pieces) => string.Join('\n', pieces.Where(p => !string.IsNullOrWhiteSpace(p))
        .SelectMany(p => p!.Split('\n')).Distinct(StringComparer.Ordinal));

    /// <summary>A country as people write it: "Hungary Hungarian HUN".</summary>
    private static string? Place(Country? c) => c is null ? null : Place(c.Name, c.Adjective, c.Iso3);

    private static string? Place(string? name, string? adjective, string? iso3) => name is null ? null : $"{name} {adjective} {iso3}";

    /// <summary>The date as pages write it ("4–5 December 1994") and every year it covers (a decade at most).</summary>
    private static string? When(FuzzyDate? date) => date is { } d
        ? $"{d} {string.Join(' ', Enumerable.Range(d.Start.Year, Math.Clamp(d.End.Year - d.Start.Year + 1, 1, 10)))}"
        : null;
}
