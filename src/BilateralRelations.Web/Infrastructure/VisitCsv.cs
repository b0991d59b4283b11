using System.Globalization;
using BilateralRelations.Web.Queries;
using BilateralRelations.Web.ViewModels;

namespace BilateralRelations.Web.Infrastructure;

/// <summary>The visits CSV (of /visits.csv and the downloads): ISO 3166 alpha-3 codes to join on, one row per visit.</summary>
public static class VisitCsv
{
    public static readonly CsvTable<VisitRow> Table = new(
    [
        "slug", "relation", "start_date", "end_date", "precision", "duration_days", "visiting_country_iso3", "host_country_iso3",
        "visiting_country", "host_country", "level", "level_heading", "kind", "people", "titles", "purpose", "source_line", "source_text", "inference",
    ],
    v =>
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
