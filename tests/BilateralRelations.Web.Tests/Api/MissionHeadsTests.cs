using System.Net.Http.Json;
using System.Text.Json;
using BilateralRelations.Web.Data;
using BilateralRelations.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BilateralRelations.Web.Tests.Api;

/// <summary>A list's missions and their ambassadors are read in two queries and put together again in memory.</summary>
public sealed class MissionHeadsTests
{
    [Fact]
    public async Task Every_mission_lists_exactly_its_own_ambassadors_earliest_first()
    {
        using var site = new SiteFactory(TestFiles.Seed, TestFiles.Golden("georgia-poland-relations.txt"),
            TestFiles.RealArticle("india-nepal-relations.txt"), TestFiles.RealArticle("china-mongolia-relations.txt"));
        var missions = (await site.CreateClient().GetFromJsonAsync<JsonElement[]>("/api/missions"))!;

        using var scope = site.Services.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<RelationsDbContext>().Ambassadors.AsNoTracking()
            .OrderBy(a => a.SinceStart).ThenBy(a => a.Id)
            .Select(a => new { Mission = a.Mission.Slug, a.Name })
            .ToListAsync();
        Assert.True(stored.Count >= 2, $"only {stored.Count} ambassadors to compare");
        foreach (var mission in missions)
        {
            var slug = mission.GetProperty("id").GetString();
            Assert.Equal(
                stored.Where(a => a.Mission == slug).Select(a => a.Name),
                mission.GetProperty("ambassadors").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        }
        Assert.Equal(stored.Count, missions.Sum(m => m.GetProperty("ambassadors").GetArrayLength()));
    }
}
