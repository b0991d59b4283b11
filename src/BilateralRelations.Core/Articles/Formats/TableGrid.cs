namespace BilateralRelations.Core.Articles.Formats;

/// <summary>A table cell as read: its text and how many rows and columns it spans.</summary>
internal sealed record GridCell(string Text, int RowSpan = 1, int ColumnSpan = 1);

/// <summary>A table row as read: the line of the file it starts on and its cells.</summary>
internal sealed record GridRow(int Line, IReadOnlyList<GridCell> Cells);

/// <summary>
/// Lays table rows out as the plain rendering's "| a | b |" lines. A cell spanning rows is repeated in each row it
/// covers (a visits table often gives a year once for several rows), so every row reads whole on its own; a cell
/// spanning columns fills the others with empty cells. No real table is wider than <see cref="MaxColumns"/> columns
/// or spans more than <see cref="MaxSpan"/> rows: beyond that the table is hostile, and is read that far only.
/// </summary>
internal static class TableGrid
{
    public const int MaxColumns = 100;
    public const int MaxSpan = 50;

    public static IEnumerable<ArticleLine> Lines(IEnumerable<GridRow> rows)
    {
        // The cells spanning down from rows above: their column, text, and how many rows they still cover.
        var carried = new Dictionary<int, (string Text, int Rows)>();
        foreach (var row in rows)
        {
            var texts = new List<string>();
            foreach (var cell in row.Cells)
            {
                FillCarried(texts, carried);
                var rowSpan = Math.Clamp(cell.RowSpan, 1, MaxSpan);
                for (var column = 0; column < Math.Clamp(cell.ColumnSpan, 1, MaxSpan) && texts.Count < MaxColumns; column++)
                {
                    var text = column == 0 ? cell.Text : "";
                    if (rowSpan > 1)
                    {
                        carried[texts.Count] = (text, rowSpan - 1);
                    }
                    texts.Add(text);
                }
            }
            FillCarried(texts, carried);
            var rightmost = carried.Count == 0 ? -1 : carried.Keys.Max();
            while (texts.Count <= rightmost)
            {
                if (!FillCarried(texts, carried))
                {
                    texts.Add(""); // a gap before a cell carried from above further right
                }
            }
            if (texts.Any(t => t.Length > 0))
            {
                yield return new ArticleLine(row.Line, "| " + string.Join(" | ", texts) + " |");
            }
        }
    }

    /// <summary>Places the carried cells due at the end of the row; whether there was one.</summary>
    private static bool FillCarried(List<string> texts, Dictionary<int, (string Text, int Rows)> carried)
    {
        var placed = false;
        while (texts.Count < MaxColumns && carried.Remove(texts.Count, out var cell))
        {
            if (cell.Rows > 1)
            {
                carried[texts.Count] = (cell.Text, cell.Rows - 1);
            }
            texts.Add(cell.Text);
            placed = true;
        }
        return placed;
    }
}
