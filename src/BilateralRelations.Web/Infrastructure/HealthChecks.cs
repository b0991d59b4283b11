using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BilateralRelations.Web.Infrastructure;

/// <summary>
/// Unhealthy when the database cannot be read: its file was deleted under the running site, or the schema does not
/// answer. A restart rebuilds it from the articles, unless the site serves a prebuilt file (then the import command does).
/// </summary>
public sealed class DatabaseHealthCheck(Data.RelationsDbContext db, Microsoft.Extensions.Options.IOptions<Import.SeedOptions> seeds) : IHealthCheck
{
    private string Remedy => seeds.Value.ImportOnStart ? "a restart rebuilds it from the articles" : "build it again with the import command and restart";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        if (Data.DatabaseProbe.FileOf(db) is { } file && !File.Exists(file))
        {
            return HealthCheckResult.Unhealthy($"The database file is gone (deleted while the site runs); pages answer 503 until {Remedy}.");
        }
        try
        {
            await db.Relations.AnyAsync(ct); // the schema answers
            return HealthCheckResult.Healthy();
        }
        catch (System.Data.Common.DbException ex)
        {
            return HealthCheckResult.Unhealthy($"The database cannot be queried ({ex.GetType().Name}); {Remedy}.");
        }
    }
}

/// <summary>Degraded while the articles cannot be read: the site serves the data it has, which may be out of date.</summary>
public sealed class ArticlesHealthCheck(SiteStatus status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        Task.FromResult(status.ArticlesProblem is { } problem ? HealthCheckResult.Degraded(problem) : HealthCheckResult.Healthy());
}

/// <summary>Degraded while the database cannot be written: the site serves it read-only, as it is.</summary>
public sealed class DatabaseWritesHealthCheck(SiteStatus status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        Task.FromResult(status.DatabaseProblem is { } problem ? HealthCheckResult.Degraded(problem) : HealthCheckResult.Healthy());
}

/// <summary>
/// /healthz as plain text: the overall status on the first line, then one line per check that is not healthy, with
/// why, then the data served ("data: 3f2a… built 2026-11-29T12:00:00Z"), so that an operator or a proxy can see that
/// every instance serves the same data.
/// </summary>
public static class HealthReportWriter
{
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        var text = new StringBuilder(report.Status.ToString());
        foreach (var (name, entry) in report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy))
        {
            text.Append('\n').Append(name).Append(": ").Append(entry.Status).Append(" — ").Append(entry.Description ?? "no reason given");
        }
        if (await context.RequestServices.GetRequiredService<Data.DataVersion>().GetDatasetAsync(context.RequestAborted) is { } data)
        {
            text.Append("\ndata: ").Append(data.Version).Append(" built ").Append(data.BuiltAt);
        }
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(text.ToString());
    }
}
