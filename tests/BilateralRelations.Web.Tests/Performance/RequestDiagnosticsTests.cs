using BilateralRelations.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BilateralRelations.Web.Tests.Performance;

/// <summary>
/// Hosting starts an Activity and a log scope for every request while its diagnostics category logs at any level (a
/// tenth of the request loop in a trace of a cached page, issue 13); its request logs are below the site's levels
/// anyway, so the category is off.
/// </summary>
public sealed class RequestDiagnosticsTests
{
    [Fact]
    public async Task Hosting_does_not_trace_each_request()
    {
        using var site = new SiteFactory();
        (await site.CreateClient().GetAsync("/healthz")).EnsureSuccessStatusCode();

        var logger = site.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics");
        Assert.False(logger.IsEnabled(LogLevel.Critical));
    }
}
