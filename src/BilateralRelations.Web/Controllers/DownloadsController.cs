using BilateralRelations.Web.Data;
using BilateralRelations.Web.Infrastructure;
using BilateralRelations.Web.Queries;
using BilateralRelations.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace BilateralRelations.Web.Controllers;

/// <summary>
/// The dataset to take away (/downloads): the database file, a CSV per kind of fact and JSON Lines, written as they
/// are read (never held whole in memory, never in the output cache); ETags from the data version let a client or
/// proxy revalidate instead of downloading again.
/// </summary>
[NoPageCache]
public sealed class DownloadsController(DataVersion dataVersion, DatasetDownloads downloads, DatabaseSnapshot snapshot) : Controller
{
    [HttpGet("/downloads")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        await dataVersion.GetDatasetAsync(ct) is { } data
            ? View(new DownloadsViewModel(DatasetDownloads.Files, data.Version, data.BuiltAtTime, DatasetDownloads.Licence))
            : throw new DataUnavailableException("The data version cannot be read.");

    [HttpGet("/downloads/{name}")]
    [Microsoft.AspNetCore.RateLimiting.DisableRateLimiting] // streams for as long as the client reads: never holds a page's turn
    public async Task<IActionResult> File(string name, CancellationToken ct)
    {
        if (DatasetDownloads.Files.FirstOrDefault(f => f.Name == name) is not { } file)
        {
            return NotFound();
        }
        var dataset = await dataVersion.GetDatasetAsync(ct) ?? throw new DataUnavailableException("The data version cannot be read.");
        var version = dataset.Version;
        if (file.Name == "relations.db")
        {
            // Dated by the build, not by this instance's snapshot, so every instance answers with the same headers.
            return new FileStreamResult(await snapshot.OpenAsync(version, ct), file.ContentType)
            {
                FileDownloadName = $"bilateral-relations-{version}.db",
                LastModified = dataset.BuiltAtTime,
            };
        }
        Response.ContentType = file.ContentType + "; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename={file.Name}";
        await downloads.WriteAsync(file.Name, version, Response.Body, ct);
        return new EmptyResult();
    }
}
