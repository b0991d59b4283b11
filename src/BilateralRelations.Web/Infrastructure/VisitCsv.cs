using System.Globalization;
using System.Text;
using BilateralRelations.Core.Dates;
using BilateralRelations.Web.Queries;
using BilateralRelations.Web.ViewModels;

namespace BilateralRelations.Web.Infrastructure;

/// <summary>
/// The visits CSV: RFC 4180 quoting, ISO 3166 alpha-3 codes to join on, and every text cell that a spreadsheet
/// would run as a formula (starting with =, +, -, @, tab or CR) prefixed with an apostrophe.
/// </summary>
public static class VisitCsv
{
    private static readonly string[] Header =
    [
        "slug", "relation", "start_date", "end_date", "precision", "duration_days", "visiting_country_iso3", "host_country_iso3",
        "visiting_country", "host_country", "level", "level_heading", "kind", "people", "titles", "purpose", "source_line", "source_text", "inference",
    ];

    public static byte[] Write(IEnumerable<VisitRow> rows)
    {
        var sb = new StringBuilder();
        AppendRow(sb, Header);
        foreach (var v in rows)
        {
            AppendRow(sb,
            [
                v.Slug, v.Relation.Slug,
                v.Date.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                v.Date.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Labels.Of(v.Date.Precision),
                v.Date.DurationDays.ToString(CultureInfo.InvariantCulture),
                v.Visiting?.Iso3 ?? "", v.Host?.Iso3 ?? "", v.Visiting?.Name ?? "", v.Host?.Name ?? "",
                v.Level, v.LevelHeading ?? "", Labels.Of(v.Kind),
                string.Join("; ", v.People.Select(p => p.Name)),
                string.Join("; ", v.People.Select(p => p.Title)),
                v.Purpose ?? "",
                v.Source.Line.ToString(CultureInfo.InvariantCulture),
                v.Source.Text,
                v.Source.Inference ?? "",
            ]);
        }
        // A BOM so that spreadsheet programs read the diacritics as UTF-8.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    private static void AppendRow(StringBuilder sb, IEnumerable<string> cells)
    {
        sb.AppendJoin(',', cells.Select(Cell));
        sb.Append("\r\n");
    }

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
