using BilateralRelations.Web.ViewModels;

namespace BilateralRelations.Web.Data;

/// <summary>
/// The id of a row of the full-text index (SearchEntries."Id", the index's rowid) holds the row's kind, fact and
/// relation: kind code in bits 56–58, fact id in bits 24–55, relation id in bits 0–23 (0 for a person's row, which is
/// of no relation: see Import/SearchIndexWriter.WritePeopleAsync). A search reads what it groups, counts and filters
/// by from the rowid itself, without looking up each of the thousands of rows a country's name matches, and one
/// kind's rows are one rowid range, which the index scans alone. The codes are stored: never renumber them (the
/// SearchEntryKeys migration writes the same ones).
/// </summary>
public static class SearchEntryKey
{
    public const int KindShift = 56;
    public const int FactShift = 24;
    public const long RelationMask = (1L << FactShift) - 1;
    public const long FactMask = (1L << (KindShift - FactShift)) - 1;

    public static long Of(SearchKind kind, int factId, int relationId)
    {
        // Ids are positive and far below these bounds (a relation id needs 16 million articles to pass its 24 bits),
        // but a key that silently overflowed into another kind would find wrong facts.
        ArgumentOutOfRangeException.ThrowIfNegative(factId);
        ArgumentOutOfRangeException.ThrowIfNegative(relationId);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(relationId, RelationMask);
        return ((long)Code(kind) << KindShift) | ((long)factId << FactShift) | (long)relationId;
    }

    /// <summary>The key of a person's row (<see cref="Of"/> with no relation), in SQL, of the person id <paramref name="personId"/>.</summary>
    public static string PersonSql(string personId) => $"(({Code(SearchKind.Person)} << {KindShift}) | ({personId} << {FactShift}))";

    /// <summary>
    /// The ids of the people the relation <paramref name="relationId"/> (an SQL expression) names, in a delegation or as
    /// an ambassador: whose rows a search within it keeps, and whose rows its import writes again.
    /// </summary>
    public static string PeopleOfRelationSql(string relationId) => $"""
        SELECT "p"."PersonId" FROM "VisitParticipants" AS "p" JOIN "Visits" AS "v" ON "v"."Id" = "p"."VisitId" WHERE "v"."RelationId" = {relationId}
        UNION SELECT "a"."PersonId" FROM "Ambassadors" AS "a" JOIN "Missions" AS "m" ON "m"."Id" = "a"."MissionId" WHERE "m"."RelationId" = {relationId} AND "a"."PersonId" IS NOT NULL
        """;

    /// <summary>The kind's stored code, in the page's order of kinds.</summary>
    public static int Code(SearchKind kind) => kind switch
    {
        SearchKind.Visit => 0,
        SearchKind.Person => 1,
        SearchKind.Agreement => 2,
        SearchKind.Mission => 3,
        SearchKind.Ambassador => 4,
        SearchKind.SisterCity => 5,
        SearchKind.Membership => 6,
        SearchKind.Event => 7,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static SearchKind? KindOf(int code) => SearchKinds.All.Select(k => (SearchKind?)k).FirstOrDefault(k => Code(k!.Value) == code);

    /// <summary>The smallest and largest key of a kind: its rows are the index's rows in this rowid range.</summary>
    public static (long First, long Last) Range(SearchKind kind) =>
        ((long)Code(kind) << KindShift, ((long)Code(kind) << KindShift) | ((1L << KindShift) - 1));
}
