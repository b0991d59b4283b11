using System.Net;
using BilateralRelations.Web.Import;
using BilateralRelations.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace BilateralRelations.Web.Tests.Deploy;

/// <summary>The import command builds a database once; read-only instances serve it, identically (issue 11).</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bilateral-tests", "import-" + Guid.NewGuid().ToString("n"));

    public ImportCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "seeds"));
        File.Copy(TestFiles.Seed, Path.Combine(_folder, "seeds", "azerbaijan-hungary-relations.txt"));
        File.Copy(TestFiles.Golden("georgia-poland-relations.txt"), Path.Combine(_folder, "seeds", "georgia-poland-relations.txt"));
        File.Copy(TestFiles.Format("relations-export.xml"), Path.Combine(_folder, "seeds", "relations-export.xml"));
    }

    private string Seeds => Path.Combine(_folder, "seeds");

    private static async Task<(int Code, string Output)> ImportAsync(params string[] args)
    {
        var output = new StringWriter();
        var code = await ImportCommand.RunAsync(["import", .. args], output);
        SqliteConnection.ClearAllPools();
        return (code, output.ToString());
    }

    [Fact]
    public async Task A_folder_of_articles_builds_one_self_contained_file_and_exits_0()
    {
        var file = Path.Combine(_folder, "out", "relations.db");

        var (code, output) = await ImportAsync("--seeds", Seeds, "--out", file);

        Assert.Equal(ImportCommand.Success, code);
        Assert.Contains("5 articles", output, StringComparison.Ordinal);
        Assert.Contains("data version", output, StringComparison.Ordinal);
        Assert.True(File.Exists(file));
        Assert.False(File.Exists(file + "-wal"));
        Assert.False(File.Exists(file + ".building"));
    }

    [Fact]
    public async Task A_file_that_gives_no_article_exits_1_and_names_it()
    {
        await File.WriteAllTextAsync(Path.Combine(Seeds, "notes.txt"), "Just notes.\n");

        var (code, output) = await ImportAsync("--seeds", Seeds, "--out", Path.Combine(_folder, "relations.db"));

        Assert.Equal(ImportCommand.SomeFailed, code);
        Assert.Contains("Not imported", output, StringComparison.Ordinal);
        Assert.Contains("notes.txt", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--seeds", "/no/such/folder", "--out", "x.db")]
    [InlineData("--seeds", "only-one-option")]
    [InlineData("--frobnicate", "1", "--out", "x.db")]
    public async Task A_fatal_error_exits_2_with_one_line_and_builds_nothing(params string[] args)
    {
        var (code, output) = await ImportAsync(args);

        Assert.Equal(ImportCommand.Fatal, code);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.False(File.Exists("x.db"));
    }

    [Fact]
    public async Task A_folder_without_an_article_exits_2_and_never_replaces_the_file_served()
    {
        var file = Path.Combine(_folder, "relations.db");
        Assert.Equal(ImportCommand.Success, (await ImportAsync("--seeds", Seeds, "--out", file)).Code);
        var before = await File.ReadAllBytesAsync(file);
        var empty = Directory.CreateDirectory(Path.Combine(_folder, "unmounted")).FullName;

        var (code, output) = await ImportAsync("--seeds", empty, "--out", file);

        Assert.Equal(ImportCommand.Fatal, code);
        Assert.Contains("No article could be read", output, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(file));
    }

    [Fact]
    public async Task A_stale_log_beside_the_target_is_not_replayed_into_the_new_file()
    {
        var file = Path.Combine(_folder, "relations.db");
        await File.WriteAllBytesAsync(file + "-wal", new byte[4096]);

        Assert.Equal(ImportCommand.Success, (await ImportAsync("--seeds", Seeds, "--out", file)).Code);

        Assert.False(File.Exists(file + "-wal"));
    }

    [Fact]
    public async Task A_build_that_fails_leaves_the_previous_file_in_place()
    {
        var file = Path.Combine(_folder, "relations.db");
        Assert.Equal(ImportCommand.Success, (await ImportAsync("--seeds", Seeds, "--out", file)).Code);
        var before = await File.ReadAllBytesAsync(file);

        Assert.Equal(ImportCommand.Fatal, (await ImportAsync("--seeds", Path.Combine(_folder, "missing"), "--out", file)).Code);

        Assert.Equal(before, await File.ReadAllBytesAsync(file));
    }

    [Fact]
    public async Task Two_builds_of_the_same_articles_answer_every_url_identically()
    {
        var (first, second) = (Path.Combine(_folder, "a.db"), Path.Combine(_folder, "b.db"));
        Assert.Equal(ImportCommand.Success, (await ImportAsync("--seeds", Seeds, "--out", first)).Code);
        Assert.Equal(ImportCommand.Success, (await ImportAsync("--seeds", Seeds, "--out", second)).Code);

        using var a = SiteFactory.ServingPrebuilt(first);
        using var b = SiteFactory.ServingPrebuilt(second);
        var (clientA, clientB) = (a.CreateClient(), b.CreateClient());
        foreach (var url in new[] { "/", "/visits", "/visits/2008", "/timeline", "/countries/hungary", "/people", "/missions", "/diagnostics",
            "/relations/georgia-hungary-relations/article", "/api/visits", "/api/diagnostics", "/visits.csv", "/api/timeline" })
        {
            var (answerA, answerB) = (await clientA.GetAsync(url), await clientB.GetAsync(url));
            Assert.Equal(HttpStatusCode.OK, answerA.StatusCode);
            Assert.Equal(await answerA.Content.ReadAsStringAsync(), await answerB.Content.ReadAsStringAsync());
            Assert.Equal(answerA.Headers.ETag, answerB.Headers.ETag);
        }
    }

    [Fact]
    public async Task A_prebuilt_file_is_served_read_only_and_never_changed()
    {
        var file = Path.Combine(_folder, "relations.db");
        Assert.Equal(ImportCommand.Success, (await ImportAsync("--seeds", Seeds, "--out", file)).Code);
        var before = await File.ReadAllBytesAsync(file);

        using (var site = SiteFactory.ServingPrebuilt(file))
        {
            var client = site.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/relations/georgia-poland-relations")).StatusCode);
            var health = await client.GetStringAsync("/healthz");
            Assert.StartsWith("Healthy\ndata: ", health, StringComparison.Ordinal);
        }
        SqliteConnection.ClearAllPools();

        Assert.Equal(before, await File.ReadAllBytesAsync(file));
        Assert.False(File.Exists(file + "-wal"));
    }

    [Fact]
    public void Serving_a_file_that_is_not_there_stops_the_start_with_one_clear_line()
    {
        using var site = SiteFactory.ServingPrebuilt(Path.Combine(_folder, "missing.db"));

        Assert.ThrowsAny<Exception>(() => site.CreateClient());

        Assert.Contains(site.Log, line => line.StartsWith("Critical: The site cannot start:", StringComparison.Ordinal) && line.Contains("import", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
