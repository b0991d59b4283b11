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
    /// database that cannot be written is served as it is, without an import.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        var migrated = clock.ElapsedMilliseconds;
        var importOnStart = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SeedOptions>>().Value.ImportOnStart;
        if (importOnStart && app.Services.GetRequiredService<SiteStatus>().DatabaseProblem is null)
        {
            await scope.ServiceProvider.GetRequiredService<SeedImporter>().ImportAllAsync();
        }
        app.Logger.LogInformation("Database ready in {Milliseconds} ms (schema {Schema} ms, articles {Articles} ms).",
            clock.ElapsedMilliseconds, migrated, clock.ElapsedMilliseconds - migrated);
    }
}
