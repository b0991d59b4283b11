namespace BilateralRelations.Web.Queries;

/// <summary>Tags (SQL comments, with EF Core's TagWith) that say what a command does on purpose.</summary>
public static class QueryTags
{
    /// <summary>
    /// The command reads a whole table by design (a list of every choice for a filter, the shared scale of a
    /// chart): the query-plan test lets it scan, every other filtered command must use an index.
    /// </summary>
    public const string WholeTable = "Reads the whole table on purpose";
}
