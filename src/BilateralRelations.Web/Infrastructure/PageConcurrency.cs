using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.RateLimiting;

namespace BilateralRelations.Web.Infrastructure;

/// <summary>
/// One page per core is made at a time and the rest wait their turn, oldest first. A page is all CPU (SQLite runs in
/// the process), so 32 pages made together finish no sooner than made one after another, but each holds its rows and
/// its whole buffered HTML (200–300 KB on a large corpus) until the last is done: memory grew with every waiting
/// request. Two per core let pages overtake each other: on one core at 32 connections the slowest hundredth of the
/// list pages took 63–74 ms, against 51–59 ms one at a time, which also answered more requests per second. Behind the
/// output cache, so a cached page never waits; full downloads, which stream for as long as the client reads, and the
/// error pages are not counted (<see cref="DisableRateLimitingAttribute"/>). A request beyond the queue gets 503 with
/// Retry-After.
/// </summary>
public static class PageConcurrency
{
    public const string Section = "Pages";

    /// <summary>Set on a request the limit refused, so its error page says why.</summary>
    public const string Refused = "PageConcurrency.Refused";

    public static IServiceCollection AddPageConcurrencyLimit(this IServiceCollection services, IConfiguration configuration)
    {
        // A limit of 0 would refuse every page: at least one is made, and a queue cannot be negative.
        var permits = Math.Max(1, configuration.GetValue($"{Section}:MaxConcurrent", Environment.ProcessorCount));
        var queue = Math.Max(0, configuration.GetValue($"{Section}:MaxQueued", 1000));
        return services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, bool>(context =>
                context.GetEndpoint()?.Metadata.GetMetadata<ControllerActionDescriptor>() is not null
                    ? RateLimitPartition.GetConcurrencyLimiter(true, _ => new ConcurrencyLimiterOptions
                    {
                        PermitLimit = permits,
                        QueueLimit = queue,
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    })
                    : RateLimitPartition.GetNoLimiter(false));
            o.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            o.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "5";
                context.HttpContext.Items[Refused] = true;
                return ValueTask.CompletedTask;
            };
        });
    }
}
