using System.Net;
using BilateralRelations.Web.Data;
using BilateralRelations.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BilateralRelations.Web.Tests.Operations;

/// <summary>
/// Only a few pages are made at once; the others wait their turn, and beyond the queue are refused with a page that
/// says so (issue 13: 32 pages made together held 32 buffered pages of memory). Downloads and health are never held up.
/// </summary>
public sealed class PageConcurrencyTests
{
    [Fact]
    public async Task With_one_page_at_a_time_a_second_waits_a_third_is_refused_and_downloads_go_on()
    {
        var held = new FirstQueryHeld();
        using var site = new SiteFactory
        {
            ConfigureTestServices = s => s.ConfigureDbContext<RelationsDbContext>(o => o.AddInterceptors(held)),
            Settings = { ["Pages:MaxConcurrent"] = "1", ["Pages:MaxQueued"] = "1", ["OutputCache:Enabled"] = "false" },
        };
        var client = await held.ClientOnceStartedAsync(site);

        using var leaving = new CancellationTokenSource();
        var first = await held.HoldAsync(client, "/visits?year=2013", leaving.Token);
        // One of these two waits in the queue, the other finds it full.
        var (second, third) = (client.GetAsync("/visits?year=2012"), client.GetAsync("/visits?year=2011"));
        var refused = await Task.WhenAny(second, third).WaitAsync(TimeSpan.FromMinutes(1));
        var queued = refused == second ? third : second;

        var busy = await refused;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
        Assert.Equal("5", busy.Headers.GetValues("Retry-After").Single());
        Assert.Contains("Too busy", await busy.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(queued.IsCompleted);
        Assert.False(held.SecondAsked.Task.IsCompleted); // the queued page has not started
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        var download = await client.GetAsync("/visits.csv");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Contains(",azerbaijan-hungary-relations,", await download.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await leaving.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        var answer = await queued.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
    }
}
