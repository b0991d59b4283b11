using System.Net;
using BilateralRelations.Web.Import;
using BilateralRelations.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace BilateralRelations.Web.Tests.Faults;

/// <summary>
/// A database served read-only has its integrity check finish alongside the start (it reads the whole file): a file
/// that opens and is of this version but fails the check is still never served.
/// </summary>
public sealed class PrebuiltDatabaseFaultTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bilateral-tests", "prebuilt-" + Guid.NewGuid().ToString("n"));

    [Fact]
    public async Task A_damaged_prebuilt_file_answers_503_and_stops_the_site_with_one_clear_line()
    {
        var file = await BuildAsync();
        DamageTable(file, "Visits");

        using var site = SiteFactory.ServingPrebuilt(file);
        HttpStatusCode? status = null;
        try
        {
            // Answered only once the check is done, with 503; or the site has stopped before it could be asked.
            status = (await site.CreateClient().GetAsync("/visits")).StatusCode;
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            // Stopped: nothing served either.
        }

        Assert.True(status is null or HttpStatusCode.ServiceUnavailable, $"answered {status}");
        for (var i = 0; i < 100 && !site.Log.Any(IsCritical); i++)
        {
            await Task.Delay(100); // the line is logged by the start, beside the request's answer
        }
        Assert.Contains(site.Log, IsCritical);
    }

    private static bool IsCritical(string line) =>
        line.StartsWith("Critical: The site cannot start:", StringComparison.Ordinal) && line.Contains("damaged", StringComparison.Ordinal);

    [Fact]
    public async Task An_intact_prebuilt_file_is_served_once_its_check_passes()
    {
        var file = await BuildAsync();

        using var site = SiteFactory.ServingPrebuilt(file);
        var response = await site.CreateClient().GetAsync("/visits");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(site.Log, line => line.StartsWith("Critical:", StringComparison.Ordinal));
    }

    private async Task<string> BuildAsync()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "seeds"));
        File.Copy(TestFiles.Seed, Path.Combine(_folder, "seeds", "azerbaijan-hungary-relations.txt"));
        var file = Path.Combine(_folder, "relations.db");
        Assert.Equal(ImportCommand.Success, await ImportCommand.RunAsync(["import", "--seeds", Path.Combine(_folder, "seeds"), "--out", file], TextWriter.Null));
        SqliteConnection.ClearAllPools();
        return file;
    }

    /// <summary>Overwrites the first page of <paramref name="table"/> with garbage: the file still opens and says its version.</summary>
    private static void DamageTable(string file, string table)
    {
        long page, size;
        using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT rootpage FROM sqlite_master WHERE name = '{table}'";
            page = (long)command.ExecuteScalar()!;
            command.CommandText = "PRAGMA page_size";
            size = (long)command.ExecuteScalar()!;
        }
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Write);
        stream.Position = (page - 1) * size;
        stream.Write(Enumerable.Repeat((byte)0x5A, (int)size).ToArray());
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
