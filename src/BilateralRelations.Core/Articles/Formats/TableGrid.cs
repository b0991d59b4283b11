namespace BilateralRelations.Core.Articles.Formats;

/// <summary>A table cell as read: its text and how many rows and columns it spans.</summary>
internal sealed record GridCell(string Text, int RowSpan = 1, int ColumnSpan = 1)
{
    /// <summary>A span wider than any real table is hostile: it is read as at most this many rows or columns.</summary>
    public const int MaxSpan = 50;
}

/// <summary>A table row as read: the line of the file it starts on and its cells.</summary>
internal sealed record GridRow(int Line, IReadOnlyList<GridCell> Cells);

/// <summary>
/// Lays table rows out as the plain rendering's "| a | b |" lines. A cell spanning rows is repeated in each row it
/// covers (a visits table often gives a year once for several rows), so every row reads whole on its own.
/// </summary>
internal static class TableGrid
{
    public static IEnumerable<ArticleLine> Lines(IEnumerable<GridRow> rows)
    {
        var carried = new Dictionary<int, (string Text, int Rows)>();
        foreach (var row in rows)
        {
            var texts = new List<string>();
            foreach (var cell in row.Cells)
            {
                FillCarried(texts, carried);
                var rowSpan = Math.Clamp(cell.RowSpan, 1, GridCell.MaxSpan);
                if (rowSpan > 1)
                {
                    carried[texts.Count] = (cell.Text, rowSpan - 1);
                }
                texts.Add(cell.Text);
                texts.AddRange(Enumerable.Repeat("", Math.Clamp(cell.ColumnSpan, 1, GridCell.MaxSpan) - 1));
            }
            FillCarried(texts, carried);
            while (carried.Keys.Any(column => column > texts.Count))
            {
                texts.Add(""); // a gap before a cell carried from above further right
                FillCarried(texts, carried);
            }
            if (texts.Any(t => t.Length > 0))
            {
                yield return new ArticleLine(row.Line, "| " + string.Join(" | ", texts) + " |");
            }
        }
    }

    private static void FillCarried(List<string> texts, Dictionary<int, (string Text, int Rows)> carried)
    {
        while (carried.Remove(texts.Count, out var cell))
        {
            if (cell.Rows > 1)
            {
                carried[texts.Count] = (cell.Text, cell.Rows - 1);
            }
            texts.Add(cell.Text);
        }
    }
}
