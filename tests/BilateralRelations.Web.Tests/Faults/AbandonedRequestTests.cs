using BilateralRelations.Web.Data;
using BilateralRelations.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BilateralRelations.Web.Tests.Faults;

/// <summary>
/// A client that goes away while its page is being made costs only its own request (issue 13's bench found every
/// request waiting on the same output-cache fill answered 500 when the first one was abandoned).
/// </summary>
public sealed class AbandonedRequestTests
{
    [Fact]
    public async Task A_request_for_a_page_another_client_abandoned_while_it_was_made_is_answered()
    {
        var held = new FirstQueryHeld();
        using var site = new SiteFactory { ConfigureTestServices = s => s.ConfigureDbContext<RelationsDbContext>(o => o.AddInterceptors(held)) };
        var client = await held.ClientOnceStartedAsync(site);

        using var leaving = new CancellationTokenSource();
        var abandoned = await held.HoldAsync(client, "/visits?year=2013", leaving.Token);
        var waiting = client.GetAsync("/visits?year=2013");
        // Made by itself, the second page reaches the database while the first is still held; waiting on the first
        // one's fill (coalescing), it never does.
        Assert.Same(held.SecondAsked.Task, await Task.WhenAny(held.SecondAsked.Task, Task.Delay(TimeSpan.FromSeconds(30))));
        await leaving.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        var answer = await waiting.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(System.Net.HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("2013", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
