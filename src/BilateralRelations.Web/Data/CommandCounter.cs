using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BilateralRelations.Web.Data;

/// <summary>
/// Counts the database commands each context sends, and the most parameters one of them bound, so a request's round
/// trips can be logged and bounded in tests (<c>Diagnostics:CountCommands</c>). Contexts are pooled, so a request
/// starts its context's count again (<see cref="Restart"/>).
/// </summary>
/// <remarks>
/// The parameters tell a list of ids bound one parameter per id: its SQL changes with the count, and EF Core makes
/// it again for every request.
/// </remarks>
public sealed class CommandCounter : DbCommandInterceptor
{
    private sealed class Counts
    {
        public int Commands;
        public int MostParameters;
    }

    private static readonly ConditionalWeakTable<DbContext, Counts> s_counts = [];

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        if (eventData.Context is { } context)
        {
            var counts = s_counts.GetOrCreateValue(context);
            lock (counts)
            {
                counts.Commands++;
                counts.MostParameters = Math.Max(counts.MostParameters, result.Parameters.Count);
            }
        }
        return result;
    }

    /// <summary>Counts <paramref name="context"/>'s commands from zero: it comes from the pool with an earlier user's.</summary>
    public static void Restart(DbContext context) => s_counts.AddOrUpdate(context, new Counts());

    /// <summary>The commands <paramref name="context"/> has sent so far, and the most parameters one of them bound.</summary>
    public static (int Commands, int MostParameters) CountOf(DbContext context)
    {
        if (!s_counts.TryGetValue(context, out var counts))
        {
            return (0, 0);
        }
        lock (counts)
        {
            return (counts.Commands, counts.MostParameters);
        }
    }
}

/// <summary>Logs how many database commands each request sent (only when <c>Diagnostics:CountCommands</c> is on).</summary>
public sealed class CommandCountLogging(RequestDelegate next, ILogger<CommandCountLogging> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // The request's context, leased from the pool now so that its count starts at this request.
        var db = context.RequestServices.GetRequiredService<RelationsDbContext>();
        CommandCounter.Restart(db);
        await next(context);
        var (commands, parameters) = CommandCounter.CountOf(db);
        logger.LogInformation("Database commands for {Path}{Query}: {Count}, at most {Parameters} parameters in one",
            context.Request.Path, context.Request.QueryString, commands, parameters);
    }
}
