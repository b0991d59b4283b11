using BilateralRelations.Web.Tests.Support;

namespace BilateralRelations.Web.Tests.Performance;

/// <summary>
/// The bench measures what a page really costs with <c>OutputCache:Enabled=false</c> (issue 13): the same address
/// asked twice must reach the database both times, and with the cache on only the first time.
/// </summary>
public sealed class OutputCacheSwitchTests
{
    [Theory]
    [InlineData("false", 2)]
    [InlineData("true", 1)]
    public async Task The_output_cache_can_be_switched_off(string enabled, int pagesMade)
    {
        using var site = new SiteFactory(TestFiles.Seed);
        site.Settings["Diagnostics:CountCommands"] = "true";
        site.Settings["OutputCache:Enabled"] = enabled;
        var client = site.CreateClient();

        for (var i = 0; i < 2; i++)
        {
            (await client.GetAsync("/visits?year=2013")).EnsureSuccessStatusCode();
        }

        var made = CommandLog.PagesMade(site, address => address.StartsWith("/visits", StringComparison.Ordinal));
        Assert.Equal(pagesMade, made);
    }
}
