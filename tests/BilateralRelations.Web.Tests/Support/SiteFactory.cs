using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BilateralRelations.Web.Tests.Support;

/// <summary>
/// The real site on a private SQLite file and a private articles folder, so tests can add, change and remove
/// articles without touching the repository's seeds/.
/// </summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    public string SeedDirectory { get; }
    public string DatabaseFile { get; }
    private readonly string _root;
    private readonly bool _ownsFiles = true;

    /// <summary>Extra service registrations for one test (fault injection).</summary>
    public Action<IServiceCollection>? ConfigureTestServices { get; init; }

    /// <summary>Settings added to the connection string ("Mode=ReadOnly"), or another data source altogether.</summary>
    public string ConnectionSettings { get; init; } = "";

    /// <summary>More settings of the site for one test ("Seeds:ImportOnStart").</summary>
    public Dictionary<string, string> Settings { get; } = [];

    /// <summary>Every log line of the site, for the tests that read what it said.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Log { get; } = new();

    /// <summary>A second site on the same articles and database: a restart, or a second process.</summary>
    public SiteFactory(SiteFactory sameFilesAs)
    {
        (_root, SeedDirectory, DatabaseFile, _ownsFiles) = (sameFilesAs._root, sameFilesAs.SeedDirectory, sameFilesAs.DatabaseFile, false);
    }

    /// <summary>A site serving <paramref name="databaseFile"/> as the import command built it: read-only, importing nothing.</summary>
    public static SiteFactory ServingPrebuilt(string databaseFile)
    {
        var site = new SiteFactory(databaseFile, Path.Combine(Path.GetTempPath(), "bilateral-tests", Guid.NewGuid().ToString("n")));
        site.Settings["Seeds:ImportOnStart"] = "false";
        return site;
    }

    private SiteFactory(string databaseFile, string root)
    {
        _root = root;
        SeedDirectory = Path.Combine(root, "seeds");
        Directory.CreateDirectory(SeedDirectory);
        DatabaseFile = databaseFile;
    }

    public SiteFactory(params string[] articles)
    {
        _root = Path.Combine(Path.GetTempPath(), "bilateral-tests", Guid.NewGuid().ToString("n"));
        SeedDirectory = Path.Combine(_root, "seeds");
        Directory.CreateDirectory(SeedDirectory);
        DatabaseFile = Path.Combine(_root, "relations.db");
        foreach (var article in articles.DefaultIfEmpty(TestFiles.Seed))
        {
            File.Copy(article, Path.Combine(SeedDirectory, Path.GetFileName(article)));
        }
    }

    /// <summary>Starts the site on a free loopback port, as a browser reaches it, and gives its base address.</summary>
    public string ServeOnLoopback()
    {
        UseKestrel(0);
        StartServer();
        return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Seeds:Directory", SeedDirectory);
        builder.UseSetting("ConnectionStrings:Relations", $"Data Source={DatabaseFile};Default Timeout=30;Pooling=False;{ConnectionSettings}");
        builder.UseEnvironment("Production");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.AddProvider(new QueueLoggerProvider(Log)));
        if (ConfigureTestServices is { } configure)
        {
            builder.ConfigureServices(configure);
        }
    }

    /// <summary>Runs the import again, as a restart would, on the articles folder as it is now.</summary>
    public async Task<BilateralRelations.Web.Import.ImportReport> ImportAsync()
    {
        using var scope = Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<BilateralRelations.Web.Import.SeedImporter>().ImportAllAsync();
    }

    /// <summary>Stops the site and keeps its articles and database, for a restart.</summary>
    public void Stop()
    {
        _keepFiles = true;
        Dispose();
        _keepFiles = false;
    }

    private bool _keepFiles;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!_ownsFiles || _keepFiles)
        {
            return;
        }
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}

/// <summary>One site with the seed article, shared by the read-only page tests.</summary>
public sealed class SeedSite : SiteFactory;

/// <summary>Test data files copied next to the test assembly.</summary>
public static class TestFiles
{
    public static string Seed => Path.Combine(AppContext.BaseDirectory, "Seeds", "azerbaijan-hungary-relations.txt");

    public static string Golden(string name) => Path.Combine(AppContext.BaseDirectory, "Golden", name);

    /// <summary>The seed in another form (wikitext, saved page, export): the Core tests' Formats folder.</summary>
    public static string Format(string name) => Path.Combine(AppContext.BaseDirectory, "Formats", name);

    /// <summary>One of the real English-Wikipedia articles of the Core tests' corpus.</summary>
    public static string RealArticle(string name) => Path.Combine(AppContext.BaseDirectory, "RealArticles", name);

    /// <summary>An article written for one test, in a temporary file named <paramref name="fileName"/>.</summary>
    public static string Written(string fileName, string text)
    {
        var folder = Path.Combine(Path.GetTempPath(), "bilateral-tests", "written", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, fileName);
        File.WriteAllText(path, text);
        return path;
    }
}

/// <summary>Writes every log line (with its exception's message) to a queue the test can read.</summary>
internal sealed class QueueLoggerProvider(System.Collections.Concurrent.ConcurrentQueue<string> log) : Microsoft.Extensions.Logging.ILoggerProvider
{
    public Microsoft.Extensions.Logging.ILogger CreateLogger(string categoryName) => new QueueLogger(log);

    public void Dispose()
    {
    }

    private sealed class QueueLogger(System.Collections.Concurrent.ConcurrentQueue<string> log) : Microsoft.Extensions.Logging.ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => logLevel >= Microsoft.Extensions.Logging.LogLevel.Information;

        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log.Enqueue($"{logLevel}: {formatter(state, exception)}");
            }
        }
    }
}
