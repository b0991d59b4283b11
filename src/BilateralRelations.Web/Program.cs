using BilateralRelations.Web.Infrastructure;

// No pattern may hang on an article: a match that runs past this becomes an exception, which costs that one article
// (a diagnostic) instead of the import. Generated regexes read this default.
AppDomain.CurrentDomain.SetData("REGEX_DEFAULT_MATCH_TIMEOUT", TimeSpan.FromSeconds(2));

if (BilateralRelations.Web.Import.ImportCommand.IsImport(args))
{
    return await BilateralRelations.Web.Import.ImportCommand.RunAsync(args, Console.Out);
}

var builder = WebApplication.CreateBuilder(args);
// `dotnet run` from a clone runs the build output, not a publish: serve wwwroot and its precompressed
// copies from the build manifest in every environment (a no-op once published).
builder.WebHost.UseStaticWebAssets();
// No "Server: Kestrel": it tells a scanner what to try and a reader nothing.
builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
builder.Services.AddRelationsData(builder.Configuration, builder.Environment);
builder.Services.AddRelationsWeb(builder.Configuration);

var app = builder.Build();

Task<int> exitCode;
try
{
    exitCode = await app.PrepareDatabaseAsync(); // a read-only database's integrity check may still be running
}
catch (BilateralRelations.Web.Data.StartupException ex)
{
    // One clear line and a failing exit code, not a stack trace a supervisor restarts into again.
    app.Logger.LogCritical("The site cannot start: {Reason}", ex.Message);
    return 1;
}

// Mounted under a prefix behind a proxy (PathBase=/bilateral): links, redirects and caches all carry it.
if (app.Configuration["PathBase"] is { Length: > 0 } pathBase)
{
    app.UsePathBase(pathBase);
}
if (app.Configuration.GetValue("Diagnostics:CountCommands", false))
{
    app.UseMiddleware<BilateralRelations.Web.Data.CommandCountLogging>();
}
app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseMiddleware<ReadOnlyMethodsMiddleware>();
app.UseExceptionHandler("/error");
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseMiddleware<LowercasePathMiddleware>();
app.UseRouting();
app.UseMiddleware<HttpCachingMiddleware>();
// The bench switches it off to measure what a page really costs (OutputCache:Enabled=false).
if (app.Configuration.GetValue("OutputCache:Enabled", true))
{
    app.UseMiddleware<PageCacheMiddleware>();
}
// The site signs nobody in, but MVC registers the services, and WebApplication would then put both middlewares
// before everything else, where every cached page paid for them (5% of a hit). Called here, they run only on misses.
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter(); // a few pages made at once, the rest queued (PageConcurrency)
// Inside the output cache: a page is compressed once per content coding and then served compressed from the cache.
app.UseResponseCompressionForPages();
app.MapStaticAssets();
app.MapHealthChecks("/healthz", new() { ResponseWriter = HealthReportWriter.WriteAsync }).DisableHttpMetrics();
app.MapControllers().WithStaticAssets(); // views link assets by fingerprinted names, served immutable
app.MapOpenApi(); // /openapi/v1.json

try
{
    await app.RunAsync();
}
catch (IOException ex) when (ex.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
{
    // Another process holds the port: one clear line and a failing exit code, not an unhandled exception's abort.
    app.Logger.LogCritical("The site cannot start: {Reason}", ex.Message);
    return 1;
}
return await exitCode;

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
