using BilateralRelations.Web.Data;
using BilateralRelations.Web.Import;

namespace BilateralRelations.Web.Infrastructure;

public static class StartupExtensions
{
    /// <summary>
    /// Compresses pages, CSV and JSON. Static assets are left to MapStaticAssets, which serves them with its
    /// own content negotiation; compressing them again here would send empty bodies.
    /// </summary>
    public static IApplicationBuilder UseResponseCompressionForPages(this IApplicationBuilder app) =>
        app.UseWhen(c => c.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.Controllers.ControllerActionDescriptor>() is not null,
            branch => branch.UseResponseCompression());

    /// <summary>
    /// Migrates (or rebuilds) the database, then imports new and changed articles, before the first request; a
    /// database that cannot be written is served as it is, without an import. A database served read-only finishes
    /// its integrity check alongside the rest of the start: every request waits for it (the first middleware), and a
    /// failure answers 503 and stops the site with one critical line. The result is the start's exit code.
    /// </summary>
    public static async Task<Task<int>> PrepareDatabaseAsync(this WebApplication app)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using var scope = app.Services.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        await initializer.InitializeAsync();
        var integrity = initializer.Integrity.Problem;
        if (!integrity.IsCompleted)
        {
            app.Use(async (context, next) =>
            {
                if (await integrity is { } problem)
                {
                    context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                    await context.Response.WriteAsync(problem);
                    return;
                }
                await next(context);
            });
        }
        var migrated = clock.ElapsedMilliseconds;
        var importOnStart = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SeedOptions>>().Value.ImportOnStart;
        if (importOnStart && app.Services.GetRequiredService<SiteStatus>().DatabaseProblem is null)
        {
            await scope.ServiceProvider.GetRequiredService<SeedImporter>().ImportAllAsync();
        }
        app.Logger.LogInformation("Database ready in {Milliseconds} ms (schema {Schema} ms, articles {Articles} ms).",
            clock.ElapsedMilliseconds, migrated, clock.ElapsedMilliseconds - migrated);
        return StopIfDamagedAsync(app, integrity);
    }

    private static async Task<int> StopIfDamagedAsync(WebApplication app, Task<string?> integrity)
    {
        if (await integrity is not { } problem)
        {
            return 0;
        }
        app.Logger.LogCritical("The site cannot start: {Reason}", problem);
        // Stopping a host that has not started yet throws out of RunAsync: stop it once it has (at once if it has).
        app.Lifetime.ApplicationStarted.Register(app.Lifetime.StopApplication);
        return 1;
    }
}
