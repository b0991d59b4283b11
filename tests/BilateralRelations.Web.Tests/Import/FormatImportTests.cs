using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BilateralRelations.Web.Data;
using BilateralRelations.Web.Import;
using BilateralRelations.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BilateralRelations.Web.Tests.Import;

/// <summary>Articles dropped in as wikitext, a saved page or an export are served like plain ones (issue 12).</summary>
public sealed class FormatImportTests
{
    private const string Export = "relations-export.xml";

    [Fact]
    public async Task An_export_becomes_one_relation_per_relations_page_and_a_diagnostic_for_the_other()
    {
        using var site = new SiteFactory(TestFiles.Format(Export));
        var client = site.CreateClient();

        var relations = await client.GetFromJsonAsync<JsonElement[]>("/api/relations");
        Assert.Equal(["azerbaijan-estonia-relations", "azerbaijan-hungary-relations", "georgia-hungary-relations"],
            relations!.Select(r => r.GetProperty("slug").GetString()).Order(StringComparer.Ordinal));
        var diagnostics = await client.GetFromJsonAsync<JsonElement[]>("/api/diagnostics");
        Assert.Contains(diagnostics!, d => d.GetProperty("file").GetString() == Export
            && d.GetProperty("message").GetString()!.Contains("List of diplomatic missions of Hungary", StringComparison.Ordinal));
        Assert.Equal(41, (await client.GetFromJsonAsync<JsonElement[]>("/api/visits?relation=azerbaijan-hungary-relations"))!.Length);
    }

    [Fact]
    public async Task The_article_view_shows_an_export_page_as_read_with_anchors_on_the_lines_of_the_file()
    {
        using var site = new SiteFactory(TestFiles.Format(Export));
        var page = await site.CreateClient().GetPageAsync("/relations/georgia-hungary-relations/article");

        var kicker = page.QuerySelector(".kicker")!.TextContent;
        Assert.Contains("relations-export.xml › Georgia–Hungary relations", kicker, StringComparison.Ordinal);
        Assert.Contains("read from a MediaWiki export", kicker, StringComparison.Ordinal);
        var xmlLines = await File.ReadAllLinesAsync(TestFiles.Format(Export));
        var visit = page.QuerySelectorAll("li.article-line").First(li => li.TextContent.Contains("Shevardnadze", StringComparison.Ordinal));
        var number = int.Parse(visit.Id![1..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("Shevardnadze", xmlLines[number - 1], StringComparison.Ordinal);
        Assert.DoesNotContain("[[", page.QuerySelector(".article-body")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("&lt;ref", page.QuerySelector(".article-body")!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wikitext_and_a_saved_page_of_the_seed_serve_the_facts_the_seed_serves()
    {
        using var site = new SiteFactory(TestFiles.Format("azerbaijan-hungary-relations.wiki"), TestFiles.Format("azerbaijan-hungary-relations.html"));
        var client = site.CreateClient();

        var relations = await client.GetFromJsonAsync<JsonElement[]>("/api/relations");
        Assert.Equal(["azerbaijan-hungary-relations", "azerbaijan-hungary-relations-2"], relations!.Select(r => r.GetProperty("slug").GetString()).Order(StringComparer.Ordinal));
        foreach (var slug in new[] { "azerbaijan-hungary-relations", "azerbaijan-hungary-relations-2" })
        {
            Assert.Equal(41, (await client.GetFromJsonAsync<JsonElement[]>($"/api/visits?relation={slug}"))!.Length);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/relations/{slug}/article")).StatusCode);
        }
        // Files are read in name order: the .html before the .wiki.
        var page = await client.GetPageAsync("/relations/azerbaijan-hungary-relations/article");
        Assert.Contains("read from a saved web page", page.QuerySelector(".kicker")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll(".article-body script"));
        page = await client.GetPageAsync("/relations/azerbaijan-hungary-relations-2/article");
        Assert.Contains("read from wikitext", page.QuerySelector(".kicker")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_page_of_an_export_is_reimported_alone_and_a_page_taken_out_is_removed()
    {
        using var site = new SiteFactory(TestFiles.Format(Export));
        _ = site.CreateClient();
        var path = Path.Combine(site.SeedDirectory, Export);
        var xml = await File.ReadAllTextAsync(path);
        var estonia = xml.IndexOf("<page>", xml.IndexOf("<title>Azerbaijan–Estonia relations</title>", StringComparison.Ordinal) - 40, StringComparison.Ordinal);
        var estoniaEnd = xml.IndexOf("</page>", estonia, StringComparison.Ordinal) + "</page>".Length;
        await File.WriteAllTextAsync(path, (xml[..estonia] + xml[estoniaEnd..]).Replace("Irakli Garibashvili", "Irakli Kobakhidze", StringComparison.Ordinal));

        var report = await site.ImportAsync();

        Assert.Equal(["relations-export.xml › Georgia–Hungary relations"], report.Imported);
        Assert.Equal(["relations-export.xml › Azerbaijan–Hungary relations"], report.Unchanged);
        Assert.Equal(["relations-export.xml › Azerbaijan–Estonia relations"], report.Removed);
    }

    [Fact]
    public async Task An_export_that_breaks_keeps_the_pages_it_held_before()
    {
        using var site = new SiteFactory(TestFiles.Format(Export));
        _ = site.CreateClient();
        var path = Path.Combine(site.SeedDirectory, Export);
        var xml = await File.ReadAllTextAsync(path);
        await File.WriteAllTextAsync(path, xml[..xml.IndexOf("<title>Georgia–Hungary relations</title>", StringComparison.Ordinal)]);

        var report = await site.ImportAsync();

        Assert.Empty(report.Removed);
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RelationsDbContext>();
        Assert.Equal(3, await db.Relations.CountAsync());
        Assert.Contains(await db.ImportDiagnostics.Where(d => d.FileName == Export).Select(d => d.Message).ToListAsync(),
            m => m.Contains("not well-formed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_renamed_to_another_form_keeps_its_address()
    {
        using var site = new SiteFactory(TestFiles.Seed);
        _ = site.CreateClient();
        File.Delete(Path.Combine(site.SeedDirectory, "azerbaijan-hungary-relations.txt"));
        File.Copy(TestFiles.Format("azerbaijan-hungary-relations.wiki"), Path.Combine(site.SeedDirectory, "azerbaijan-hungary-relations.wiki"));

        var report = await site.ImportAsync();

        Assert.Equal(["azerbaijan-hungary-relations.wiki"], report.Imported);
        Assert.Equal(["azerbaijan-hungary-relations.txt"], report.Removed);
        using var scope = site.Services.CreateScope();
        Assert.Equal(["azerbaijan-hungary-relations"], await scope.ServiceProvider.GetRequiredService<RelationsDbContext>().Relations.Select(r => r.Slug).ToListAsync());
    }

    [Fact]
    public async Task A_saved_page_written_on_one_line_shows_every_heading_with_its_own_anchor()
    {
        var html = "<!DOCTYPE html><html><body><h1 id=\"firstHeading\">Chile–Peru relations</h1><div class=\"mw-parser-output\"><p>They are good.</p>"
            + "<h2>Visits</h2><ul><li>3 May 2015 – President Michelle Bachelet visited Lima.</li></ul><h2>Trade</h2><p>Trade grew.</p></div></body></html>";
        using var site = new SiteFactory(TestFiles.Written("chile-peru-relations.html", html));
        var page = await site.CreateClient().GetPageAsync("/relations/chile-peru-relations/article");

        Assert.Equal(["visits", "trade"], page.QuerySelectorAll(".toc a").Select(a => a.GetAttribute("href")![1..]));
        Assert.Equal(["visits", "trade"], page.QuerySelectorAll(".article-body h3").Select(h => h.Id));
    }

}
