using System.Text.RegularExpressions;

namespace BilateralRelations.Core.Articles.Formats.Wikitext;

/// <summary>
/// Reads a wikitable (<c>{| … |}</c>) as the rows a reader sees, each "| a | b |" on the line of its first cell.
/// Cells start a line with '|' or '!' (several on a line split by "||" or "!!"); "attrs | content" drops the
/// attributes; <see cref="TableGrid"/> lays the cells out.
/// </summary>
internal sealed partial class WikiTableReader(WikiMarkup markup, WikiInlineRenderer inline)
{
    private sealed class Cell(int start, int span)
    {
        public List<(int Start, int End)> Parts { get; } = [];
        public int Start { get; } = start;
        public int RowSpan { get; } = span;
        public int ColumnSpan { get; init; } = 1;
    }

    [GeneratedRegex(@"\browspan\s*=\s*[""']?(?<n>\d{1,4})")]
    private static partial Regex RowSpan();

    [GeneratedRegex(@"\bcolspan\s*=\s*[""']?(?<n>\d{1,4})")]
    private static partial Regex ColumnSpan();

    private readonly string _text = markup.Text;

    /// <summary>The rows of the table whose lines (from "{|" to "|}", each a [start, end) range) are given.</summary>
    public IEnumerable<ArticleLine> Read(IReadOnlyList<(int Start, int End)> lines)
    {
        var rows = new List<List<Cell>>();
        var row = new List<Cell>();
        var captions = new List<ArticleLine>();
        foreach (var (lineStart, end) in lines)
        {
            var start = WikitextReader.SkipSpaces(_text, lineStart, end);
            var marker = start < end ? _text[start] : '\0';
            var next = start + 1 < end ? _text[start + 1] : '\0';
            if (marker == '|' && next == '+')
            {
                // "|+ Visits of heads of state": the caption reads as a line before the rows.
                var parts = WikiTemplate.Split(markup, start + 2, end, '|');
                captions.Add(new ArticleLine(markup.LineOf(start), inline.Render(parts[^1].Start, end)));
                continue;
            }
            if ((marker == '{' && next == '|') || (marker == '|' && next == '}'))
            {
                continue; // the table's start (its attributes) or end
            }
            if (marker == '|' && next == '-')
            {
                rows.Add(row);
                row = [];
            }
            else if (marker is '|' or '!')
            {
                row.AddRange(Cells(start + 1, end, marker == '!'));
            }
            else if (row.Count > 0 && start < end)
            {
                // A cell's content may go on over lines, as a list too: its items' marks are not words.
                while (start < end && _text[start] is '*' or '#' or ':' or ';')
                {
                    start++;
                }
                row[^1].Parts.Add((start, end));
            }
        }
        rows.Add(row);
        return captions.Where(c => c.Text.Length > 0).Concat(TableGrid.Lines(rows.Where(r => r.Count > 0).Select(r => new GridRow(markup.LineOf(r[0].Start),
            r.Select(c => new GridCell(string.Join(' ', c.Parts.Select(p => inline.Render(p.Start, p.End))).Trim(), c.RowSpan, c.ColumnSpan)).ToList()))));
    }

    private IEnumerable<Cell> Cells(int start, int end, bool header)
    {
        foreach (var (s, e) in SplitCells(start, end, header))
        {
            var parts = WikiTemplate.Split(markup, s, e, '|');
            // "style="…" | content": before a lone bar are the cell's attributes, not its content.
            var (contentStart, attributes) = parts.Count > 1 ? (parts[1].Start, _text[s..parts[0].End]) : (s, "");
            var cell = new Cell(s, SpanOf(RowSpan(), attributes)) { ColumnSpan = SpanOf(ColumnSpan(), attributes) };
            cell.Parts.Add((contentStart, e));
            yield return cell;
        }
    }

    /// <summary>Splits a line of cells on "||" (and "!!" in a header line) outside templates and links.</summary>
    private IEnumerable<(int Start, int End)> SplitCells(int start, int end, bool header)
    {
        var cellStart = start;
        for (var i = start; i < end;)
        {
            if (markup.EndOfNested(i, end) is var nestedEnd and >= 0)
            {
                i = nestedEnd;
            }
            else if (markup.IsPair(i, '|') || (header && markup.IsPair(i, '!')))
            {
                yield return (cellStart, i);
                i += 2;
                cellStart = i;
            }
            else
            {
                i++;
            }
        }
        yield return (cellStart, end);
    }

    private static int SpanOf(Regex pattern, string attributes) =>
        pattern.Match(attributes) is { Success: true } m ? int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
}
