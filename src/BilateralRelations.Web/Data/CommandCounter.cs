using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BilateralRelations.Web.Data;

/// <summary>
/// Counts the database commands each context sends, so a request's round trips can be logged and bounded in tests
/// (<c>Diagnostics:CountCommands</c>). A context lives for one request.
/// </summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private static readonly ConditionalWeakTable<DbContext, StrongBox<int>> s_counts = [];

    public override DbCommand CommandCreated(CommandEndEventData eventData, DbCommand result)
    {
        if (eventData.Context is { } context)
        {
            Interlocked.Increment(ref s_counts.GetOrCreateValue(context).Value);
        }
        return result;
    }

    /// <summary>The commands <paramref name="context"/> has sent so far.</summary>
    public static int CountOf(DbContext context) => s_counts.TryGetValue(context, out var count) ? count.Value : 0;
}

/// <summary>Logs how many database commands each request sent (only when <c>Diagnostics:CountCommands</c> is on).</summary>
public sealed class CommandCountLogging(RequestDelegate next, ILogger<CommandCountLogging> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        var db = context.RequestServices.GetService<RelationsDbContext>();
        if (db is not null)
        {
            logger.LogInformation("Database commands for {Path}{Query}: {Count}", context.Request.Path, context.Request.QueryString, CommandCounter.CountOf(db));
        }
    }
}
