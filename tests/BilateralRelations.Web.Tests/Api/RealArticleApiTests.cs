using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BilateralRelations.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BilateralRelations.Web.Tests.Api;

/// <summary>What the API and pages say of facts read from real articles: envoys, inference, canonical levels, people across articles.</summary>
public sealed class RealArticleApiTests
{
    [Fact]
    public async Task Infobox_envoys_come_with_their_mission_and_say_when_their_side_was_inferred()
    {
        using var site = new SiteFactory(TestFiles.RealArticle("india-nepal-relations.txt"), TestFiles.RealArticle("china-mongolia-relations.txt"));
        var missions = await site.CreateClient().GetFromJsonAsync<JsonElement[]>("/api/missions?relation=china-mongolia-relations");
        var mongolia = Assert.Single(missions!, m => m.GetProperty("sendingCountryIso3").GetString() == "MNG");
        Assert.Equal("Beijing", mongolia.GetProperty("city").GetString());
        var envoy = Assert.Single(mongolia.GetProperty("ambassadors").EnumerateArray());
        Assert.Equal("Tuvshin Badral", envoy.GetProperty("name").GetString());
        Assert.True(envoy.GetProperty("inferred").GetBoolean());
        Assert.Contains("Mission1", envoy.GetProperty("inference").GetString());
        Assert.Equal(4, envoy.GetProperty("sourceLine").GetInt32());

        var nepal = (await site.CreateClient().GetFromJsonAsync<JsonElement[]>("/api/missions?relation=india-nepal-relations"))!
            .Single(m => m.GetProperty("sendingCountryIso3").GetString() == "NPL");
        var sharma = Assert.Single(nepal.GetProperty("ambassadors").EnumerateArray());
        Assert.Equal(("Shankar Sharma", false), (sharma.GetProperty("name").GetString(), sharma.GetProperty("inferred").GetBoolean()));
    }

    [Fact]
    public async Task Inferred_facts_are_marked_on_the_pages_with_their_reason()
    {
        using var site = new SiteFactory(TestFiles.RealArticle("china-mongolia-relations.txt"));
        var page = await site.CreateClient().GetPageAsync("/missions");
        var mark = Assert.Single(page.QuerySelectorAll(".inferred"), m => m.GetAttribute("title")!.Contains("Mission1", StringComparison.Ordinal));
        Assert.StartsWith("Inferred:", mark.GetAttribute("title"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Memberships_keep_their_standing()
    {
        using var site = new SiteFactory(TestFiles.RealArticle("egypt-sudan-relations.txt"));
        var memberships = await site.CreateClient().GetFromJsonAsync<JsonElement[]>("/api/memberships");
        Assert.Equal(["EGY founding member Arab League", "SDN member Arab League"],
            memberships!.Select(m => $"{m.GetProperty("countryIso3").GetString()} {m.GetProperty("status").GetString()} {m.GetProperty("organisation").GetString()}").Order());
    }

    [Fact]
    public async Task The_level_filter_takes_a_canonical_level_and_refuses_others()
    {
        using var site = new SiteFactory();
        var client = site.CreateClient();
        var governments = await client.GetFromJsonAsync<JsonElement[]>("/api/visits?level=heads-of-government");
        Assert.NotEmpty(governments!);
        Assert.All(governments!, v => Assert.Equal("heads-of-government", v.GetProperty("tier").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/visits?level=head-of-governments")).StatusCode);
        var page = await client.GetPageAsync("/visits");
        // One option per canonical level the visits have, highest first, whatever the seed's headings say.
        Assert.Equal(["", "heads-of-state", "heads-of-government", "parliament", "ministers"],
            page.QuerySelectorAll("#f-level option").Select(o => o.GetAttribute("value") ?? ""));
    }

    [Fact]
    public async Task A_person_written_with_an_initial_in_one_article_is_the_full_name_of_another()
    {
        using var site = new SiteFactory(
            TestFiles.Written("azerbaijan-hungary-relations.txt", "= Azerbaijan–Hungary relations =\n== Visits ==\n- 3 May 2012 - Minister of Foreign Affairs of Azerbaijan Elmar Mammadyarov visit\n"),
            TestFiles.Written("azerbaijan-georgia-relations.txt", "= Azerbaijan–Georgia relations =\n== Visits ==\n- 4 June 2013 - Minister E.Mammadyarov visit\n"));
        var people = await site.CreateClient().GetFromJsonAsync<JsonElement[]>("/api/people");
        var person = Assert.Single(people!);
        Assert.Equal("Elmar Mammadyarov", person.GetProperty("name").GetString());
        Assert.Equal(["E.Mammadyarov", "Elmar Mammadyarov"], person.GetProperty("spellings").EnumerateArray().Select(s => s.GetString()).Order());
        Assert.Equal(2, person.GetProperty("visits").GetInt32());
    }

    [Fact]
    public async Task Importing_again_keeps_one_person_for_an_initial_and_its_full_name()
    {
        using var site = new SiteFactory(
            TestFiles.Written("azerbaijan-hungary-relations.txt", "= Azerbaijan–Hungary relations =\n== Visits ==\n- 4 June 2013 - Minister E.Mammadyarov visit\n"),
            TestFiles.Written("azerbaijan-georgia-relations.txt", "= Azerbaijan–Georgia relations =\n== Visits ==\n- 3 May 2012 - Minister of Foreign Affairs of Azerbaijan Elmar Mammadyarov visit\n"));
        _ = site.CreateClient();
        await File.AppendAllTextAsync(Path.Combine(site.SeedDirectory, "azerbaijan-georgia-relations.txt"), "- 5 May 2014 - Minister Elmar Mammadyarov visit\n");
        using (var scope = site.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<BilateralRelations.Web.Import.SeedImporter>().ImportAllAsync();
        }
        var person = Assert.Single((await site.CreateClient().GetFromJsonAsync<JsonElement[]>("/api/people"))!);
        Assert.Equal(3, person.GetProperty("visits").GetInt32());
    }

    [Fact]
    public async Task An_initial_that_fits_two_people_of_another_article_joins_neither()
    {
        using var site = new SiteFactory(
            TestFiles.Written("azerbaijan-hungary-relations.txt", "= Azerbaijan–Hungary relations =\n== Visits ==\n- 4 June 2013 - Minister E.Mammadyarov visit\n"),
            TestFiles.Written("azerbaijan-georgia-relations.txt", "= Azerbaijan–Georgia relations =\n== Visits ==\n- 3 May 2012 - Minister Elmar Mammadyarov visit\n- 3 May 2013 - Minister Emil Mammadyarov visit\n"));
        var people = await site.CreateClient().GetFromJsonAsync<JsonElement[]>("/api/people");
        Assert.Equal(["E.Mammadyarov", "Elmar Mammadyarov", "Emil Mammadyarov"], people!.Select(p => p.GetProperty("name").GetString()).Order());
    }
}
