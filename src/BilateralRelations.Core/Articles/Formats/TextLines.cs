namespace BilateralRelations.Core.Articles.Formats;

/// <summary>Line handling every reader shares.</summary>
internal static class TextLines
{
    /// <summary>Splits on LF, CRLF and lone CR alike (after a byte-order mark), so line numbers match what an editor shows.</summary>
    public static string[] Split(string text) =>
        StripBom(text).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');

    public static string StripBom(string text) => text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;

    /// <summary>At most 200 characters of a line, for a diagnostic.</summary>
    public static string Shorten(string line) => line.Length <= 200 ? line : line[..200] + "…";
}
