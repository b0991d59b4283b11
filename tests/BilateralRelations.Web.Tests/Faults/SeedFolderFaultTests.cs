using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using BilateralRelations.Web.Tests.Support;

namespace BilateralRelations.Web.Tests.Faults;

/// <summary>Only regular files of the articles folder are read; nothing else is opened, quoted or named by its path.</summary>
public sealed class SeedFolderFaultTests
{
    private static async Task<(string Page, JsonElement[] Diagnostics)> DiagnosticsAsync(SiteFactory site)
    {
        var client = site.CreateClient();
        var diagnostics = await client.GetFromJsonAsync<JsonElement[]>("/api/diagnostics");
        return (await client.GetStringAsync("/diagnostics"), diagnostics!);
    }

    private static string MessageFor(JsonElement[] diagnostics, string file) =>
        Assert.Single(diagnostics, d => d.GetProperty("file").GetString() == file).GetProperty("message").GetString()!;

    [Fact]
    public async Task A_link_out_of_the_folder_is_not_read_and_its_target_never_shown()
    {
        using var site = new SiteFactory();
        File.CreateSymbolicLink(Path.Combine(site.SeedDirectory, "x-relations.txt"), "/etc/passwd");

        var (page, diagnostics) = await DiagnosticsAsync(site);

        Assert.Contains("outside the articles folder", MessageFor(diagnostics, "x-relations.txt"), StringComparison.Ordinal);
        Assert.DoesNotContain("root:", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/etc/passwd", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dangling_link_is_reported_without_the_servers_paths()
    {
        using var site = new SiteFactory();
        File.CreateSymbolicLink(Path.Combine(site.SeedDirectory, "gone-relations.txt"), Path.Combine(site.SeedDirectory, "nowhere.txt"));

        var (page, diagnostics) = await DiagnosticsAsync(site);

        Assert.Contains("does not exist", MessageFor(diagnostics, "gone-relations.txt"), StringComparison.Ordinal);
        Assert.DoesNotContain(site.SeedDirectory, page, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetTempPath(), page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fifo_named_like_an_article_neither_blocks_the_start_nor_is_read()
    {
        using var site = new SiteFactory();
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(site.SeedDirectory, "pipe-relations.txt")))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var (_, diagnostics) = await DiagnosticsAsync(site).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Contains("not a regular file", MessageFor(diagnostics, "pipe-relations.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_to_an_article_inside_the_folder_is_read()
    {
        using var site = new SiteFactory();
        File.CreateSymbolicLink(Path.Combine(site.SeedDirectory, "copy-relations.txt"), Path.Combine(site.SeedDirectory, "azerbaijan-hungary-relations.txt"));

        var relations = await site.CreateClient().GetFromJsonAsync<JsonElement[]>("/api/relations");

        Assert.Equal(2, relations!.Length);
    }

    [Fact]
    public async Task A_file_that_is_not_an_article_is_never_quoted()
    {
        using var site = new SiteFactory(TestFiles.Written("notes.txt", "secret: hunter2\nmore private words\n"));

        var (page, diagnostics) = await DiagnosticsAsync(site);

        Assert.Contains("not a title", MessageFor(diagnostics, "notes.txt"), StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", page, StringComparison.Ordinal);
    }
}
