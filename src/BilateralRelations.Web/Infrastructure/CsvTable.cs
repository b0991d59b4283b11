using System.Text;

namespace BilateralRelations.Web.Infrastructure;

/// <summary>
/// A CSV file's columns and how a row fills them. Written RFC 4180-quoted, UTF-8 with a byte-order mark (so
/// spreadsheet programs read diacritics right), every text cell a spreadsheet would run as a formula (starting with
/// =, +, -, @, tab or CR) prefixed with an apostrophe, and row by row to the stream: nothing is buffered whole.
/// </summary>
public sealed class CsvTable<T>(IReadOnlyList<string> header, Func<T, IReadOnlyList<string>> cells)
{
    public IReadOnlyList<string> Header { get; } = header;

    /// <summary>
    /// Writes <paramref name="rows"/> under the header; a <paramref name="note"/> (licence and data version) goes
    /// first as one quoted cell, to be skipped on import (<c>.import --csv --skip 1</c>).
    /// </summary>
    public Task WriteAsync(Stream stream, IEnumerable<T> rows, string? note, CancellationToken ct) =>
        WriteAsync(stream, rows.ToAsyncEnumerable(), note, ct);

    /// <summary>
    /// Writes <paramref name="rows"/> as they are read. The first is read before anything is written, so a database
    /// that cannot be read still gets an error page instead of a cut-off file.
    /// </summary>
    public async Task WriteAsync(Stream stream, IAsyncEnumerable<T> rows, string? note, CancellationToken ct)
    {
        await using var row = rows.GetAsyncEnumerator(ct);
        var more = await row.MoveNextAsync();
        await stream.WriteAsync(Encoding.UTF8.GetPreamble(), ct);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
        if (note is not null)
        {
            await writer.WriteAsync(Csv.Row([note]).AsMemory(), ct);
        }
        await writer.WriteAsync(Csv.Row(Header).AsMemory(), ct);
        for (; more; more = await row.MoveNextAsync())
        {
            await writer.WriteAsync(Csv.Row(cells(row.Current)).AsMemory(), ct);
        }
    }
}

/// <summary>CSV cells and rows.</summary>
public static class Csv
{
    public static string Row(IEnumerable<string> cells) => string.Join(',', cells.Select(Cell)) + "\r\n";

    /// <summary>A cell, neutralised against formula injection and quoted when needed.</summary>
    public static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
