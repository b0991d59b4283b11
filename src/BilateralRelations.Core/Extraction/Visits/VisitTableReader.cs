using System.Text.RegularExpressions;
using BilateralRelations.Core.Articles;
using BilateralRelations.Core.Dates;

namespace BilateralRelations.Core.Extraction.Visits;

/// <summary>
/// A row of a visits table ("| 12 May 2015 | President Ilham Aliyev | Budapest | State visit |"). The table's header
/// row says which column is which (date, visitor, title, place, kind, purpose); without one, the date cell, the
/// place cell and the people cell are told apart by what they hold. The row is then read like a visit line.
/// </summary>
public static partial class VisitTableReader
{
    private enum Column
    {
        Other,
        Date,
        People,
        Title,
        Place,
        Kind,
        Purpose,
    }

    [GeneratedRegex(@"^(?:dates?|year|when|period)$", RegexOptions.IgnoreCase)]
    private static partial Regex DateHeader();

    [GeneratedRegex(@"\b(?:visitors?|guests?|persons?|people|names?|delegations?|head|leaders?|officials?|delegates?|who|visiting)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PeopleHeader();

    [GeneratedRegex(@"^(?:titles?|positions?|office|posts?|functions?|roles?)$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleHeader();

    /// <summary>"Place of visit", "City", "Host city"; a column headed "Host" alone names the host person.</summary>
    [GeneratedRegex(@"\b(?:place|city|cities|location|destination|venue|where)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceHeader();

    [GeneratedRegex(@"^(?:type|kind|format|nature|level)(?:\s+of\s+visit)?$", RegexOptions.IgnoreCase)]
    private static partial Regex KindHeader();

    [GeneratedRegex(@"\b(?:purpose|notes?|remarks?|comments?|details|description|occasion|agenda|topics?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PurposeHeader();

    /// <summary>True when <paramref name="row"/> is a table's header: no date, and cells named like columns.</summary>
    public static bool IsHeader(Block row) =>
        row.Kind == BlockKind.TableRow && DateFinder.FindAll(row.Text).Count == 0 && row.Cells.Any(c => ColumnOf(c) != Column.Other);

    /// <summary>The row as the words of a visit line ("12 May 2015 – President X visit to Budapest (talks)"), or null for a header or empty row.</summary>
    public static string? AsVisitLine(Block row, ArticleContext context)
    {
        if (IsHeader(row) || row.Cells.All(c => c.Length == 0))
        {
            return null;
        }
        var columns = HeaderOf(row)?.Cells.Select(ColumnOf).ToList() ?? Guess(row.Cells, context);
        string Cell(Column column) => string.Join(" ", row.Cells.Where((_, i) => i < columns.Count && columns[i] == column && row.Cells[i].Length > 0));
        var date = Cell(Column.Date);
        var people = Cell(Column.People);
        if (date.Length == 0 || people.Length == 0)
        {
            return row.Text; // not a table the reader understands: read the row as it is
        }
        var kind = Cell(Column.Kind);
        var place = Cell(Column.Place);
        var purpose = Cell(Column.Purpose);
        // "State visit" is the visit's kind; "APEC summit" is what it was for.
        var isKind = kind.Contains("visit", StringComparison.OrdinalIgnoreCase);
        var notes = string.Join("; ", new[] { isKind ? "" : kind, purpose }.Where(n => n.Length > 0));
        return $"{date} – {Cell(Column.Title)} {people} {(isKind ? kind.ToLowerInvariant() : "visit")}{(place.Length > 0 ? $" to {place}" : "")}{(notes.Length > 0 ? $" ({notes})" : "")}"
            .Replace("  ", " ", StringComparison.Ordinal);
    }

    /// <summary>The header row of the table <paramref name="row"/> belongs to: the first of its run of rows, when it is one.</summary>
    private static Block? HeaderOf(Block row)
    {
        var blocks = row.Section.Blocks;
        var i = blocks.IndexOf(row);
        while (i > 0 && blocks[i - 1].Kind == BlockKind.TableRow)
        {
            i--;
        }
        return IsHeader(blocks[i]) ? blocks[i] : null;
    }

    private static Column ColumnOf(string header) => header.Trim() switch
    {
        var h when DateHeader().IsMatch(h) => Column.Date,
        var h when TitleHeader().IsMatch(h) => Column.Title,
        var h when KindHeader().IsMatch(h) => Column.Kind,
        var h when PurposeHeader().IsMatch(h) => Column.Purpose,
        var h when PlaceHeader().IsMatch(h) => Column.Place,
        var h when PeopleHeader().IsMatch(h) => Column.People,
        _ => Column.Other,
    };

    /// <summary>Without a header: the date cell, a cell that is a known place, and the first other cell with a capital letter.</summary>
    private static List<Column> Guess(IReadOnlyList<string> cells, ArticleContext context)
    {
        var columns = cells.Select(c =>
            DateFinder.ParseExact(c) is not null ? Column.Date
            : c.Length > 0 && c.Split(' ').Length <= 3 && DestinationReader.Place(c, context) is not null ? Column.Place
            : Column.Other).ToList();
        var people = columns.FindIndex(c => c == Column.Other);
        while (people >= 0 && (cells[people].Length == 0 || !char.IsUpper(cells[people][0])))
        {
            people = columns.FindIndex(people + 1, c => c == Column.Other);
        }
        if (people >= 0)
        {
            columns[people] = Column.People;
        }
        return columns;
    }
}
