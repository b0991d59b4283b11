using BilateralRelations.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRelationsData(builder.Configuration, builder.Environment);
builder.Services.AddRelationsWeb();

var app = builder.Build();

await app.PrepareDatabaseAsync();

app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseExceptionHandler("/error");
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseResponseCompression();
app.UseRouting();
app.UseOutputCache();
app.MapStaticAssets();
app.MapHealthChecks("/healthz").DisableHttpMetrics();
app.MapControllers();

await app.RunAsync();

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
