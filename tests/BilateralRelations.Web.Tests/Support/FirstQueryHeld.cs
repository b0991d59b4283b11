using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BilateralRelations.Web.Tests.Support;

/// <summary>
/// Once <see cref="Enabled"/>, holds the first visit query a request sends until that request is abandoned, and says
/// when a second request sends its own (only a request's commands carry a token that can be cancelled; builds shared
/// by all do not).
/// </summary>
public sealed class FirstQueryHeld : DbCommandInterceptor
{
    private int _seen;
    public TaskCompletionSource Holding { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public TaskCompletionSource SecondAsked { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public bool Enabled { get; set; }

    /// <summary>A client of <paramref name="site"/> (made with this interceptor), once it has started and imported: only then is the gate on.</summary>
    public async Task<HttpClient> ClientOnceStartedAsync(SiteFactory site)
    {
        var client = site.CreateClient();
        (await client.GetAsync("/healthz")).EnsureSuccessStatusCode();
        Enabled = true;
        return client;
    }

    /// <summary>Sends a request and returns once its first visit query is held (until <paramref name="leave"/> abandons it).</summary>
    public async Task<Task<HttpResponseMessage>> HoldAsync(HttpClient client, string url, CancellationToken leave)
    {
        var held = client.GetAsync(url, leave);
        await Holding.Task.WaitAsync(TimeSpan.FromMinutes(1));
        return held;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken ct = default)
    {
        if (Enabled && ct.CanBeCanceled && command.CommandText.Contains("\"Visits\"", StringComparison.Ordinal))
        {
            switch (Interlocked.Increment(ref _seen))
            {
                case 1:
                    Holding.SetResult();
                    await Task.Delay(Timeout.Infinite, ct);
                    break;
                case 2:
                    SecondAsked.TrySetResult();
                    break;
            }
        }
        return result;
    }
}
