using System.Buffers;
using BilateralRelations.Core.Extraction;
using BilateralRelations.Web.Data;
using BilateralRelations.Web.Import;
using BilateralRelations.Web.Queries;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BilateralRelations.Web.Infrastructure;

public static class ServiceCollectionExtensions
{
    /// <summary>The SQLite store, the articles folder and the importer.</summary>
    public static IServiceCollection AddRelationsData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        SqliteThreading.UseMultiThreadMode();
        var connectionString = configuration.GetConnectionString("Relations");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var file = Path.Combine(environment.ContentRootPath, "App_Data", "relations.db");
            connectionString = $"Data Source={file};Default Timeout=30";
        }
        if (!configuration.GetValue($"{SeedOptions.Section}:{nameof(SeedOptions.ImportOnStart)}", true))
        {
            // A database built beforehand is only ever read: many instances may share the file.
            connectionString = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString) { Mode = Microsoft.Data.Sqlite.SqliteOpenMode.ReadOnly }.ToString();
        }
        // The compiled model (Data/CompiledModels, made by `dotnet ef dbcontext optimize`) saves building the model
        // at every start; regenerate it with the same command after changing an entity or a configuration.
        // Commands are counted only when asked for (the tests bound each page's round trips); otherwise no cost per command.
        IInterceptor[] interceptors = configuration.GetValue("Diagnostics:CountCommands", false) ? [new SqlitePragmas(), new CommandCounter()] : [new SqlitePragmas()];
        // A list of ids (a page's visits, say) goes to SQLite as one JSON parameter read with json_each: the same SQL
        // for any number of ids, so EF Core reuses its command. As one parameter per id (EF Core 10's default) the SQL
        // changed with the count and EF Core generated it again on every request (a fifth of the visits list's CPU).
        // Contexts are pooled, their options built once: made per request, the options (warnings, extensions, the
        // service-provider key) were about a tenth of /api/visits in a profile, and the context and its services
        // more; pooled, /api/visits takes 10-20% less CPU, the HTML lists 4-6%.
        services.AddDbContextPool<RelationsDbContext>(o => o.UseSqlite(connectionString, s => s.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)).UseModel(Data.CompiledModels.RelationsDbContextModel.Instance)
            .AddInterceptors(interceptors));
        services.AddOptions<SeedOptions>().Bind(configuration.GetSection(SeedOptions.Section));
        services.AddSingleton(sp => new SeedDirectory(ResolveSeedDirectory(configuration[$"{SeedOptions.Section}:Directory"], environment.ContentRootPath)));
        services.AddSingleton<RelationExtractor>();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<SeedImporter>();
        services.AddSingleton<SiteStatus>();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<DatabaseWritesHealthCheck>("database-writes")
            .AddCheck<ArticlesHealthCheck>("articles");
        return services;
    }

    /// <summary>MVC, queries, caching, compression.</summary>
    public static IServiceCollection AddRelationsWeb(this IServiceCollection services, IConfiguration configuration)
    {
        // MVC copies a rendered page into pages of 1,024 characters from this pool before it sends it. The shared pool
        // keeps a few dozen arrays of a size per core, so most of the 250 pages of a large list were allocated anew
        // and dropped: a tenth of what the page allocated. This one keeps enough for a few pages at once.
        services.AddSingleton(ArrayPool<char>.Create(maxArrayLength: 16 * 1024, maxArraysPerBucket: 1024));
        // The same for the pages of values a view, a partial and a tag helper write into (32 or 256 at a time): a
        // country's summary takes hundreds of them, and the shared pool's slow path was 3% of its CPU.
        services.AddSingleton(ArrayPool<Microsoft.AspNetCore.Mvc.ViewFeatures.Buffers.ViewBufferValue>.Create(maxArrayLength: 1024, maxArraysPerBucket: 1024));
        services.AddControllersWithViews(o =>
            {
                o.Filters.Add<Http400ForInvalidModelFilter>();
                o.ModelBinderProviders.Insert(0, new StrictValueBinderProvider());
            })
            .ConfigureApiBehaviorOptions(o => o.InvalidModelStateResponseFactory = c => ProblemResponses.ApiProblem(c.ModelState))
            // Escape <, >, & and quotes in JSON (never served as HTML anyway), but keep "Gyöngyös" readable.
            .AddJsonOptions(o => o.JsonSerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        services.AddPageConcurrencyLimit(configuration);
        services.AddScoped<VisitQueries>();
        services.AddScoped<OverviewQueries>();
        services.AddScoped<TimelineQueries>();
        services.AddScoped<TimelineDetails>();
        services.AddSingleton<TimelineIndex>();
        services.AddSingleton<RelationStatistics>();
        services.AddSingleton<CountryList>();
        services.AddSingleton<VisitFacets>();
        services.AddSingleton<RelationCatalog>();
        services.AddSingleton<MissionOrder>();
        services.AddScoped<CountryQueries>();
        services.AddScoped<FactListQueries>();
        services.AddScoped<PeopleQueries>();
        services.AddScoped<SearchQueries>();
        services.AddScoped<ArticleQueries>();
        services.AddScoped<RelationIndexQueries>();
        services.AddScoped<CompareQueries>();
        services.AddScoped<CurrentRelation>();
        services.AddSingleton<ArticleRenderer>();
        services.AddSingleton<DataVersion>();
        services.AddSingleton<DatabaseSnapshot>();
        services.AddScoped<DatasetDownloads>();
        services.AddSingleton(_ => new PageCache());
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["text/csv", "application/jsonl", "image/svg+xml"]);
        });
        services.AddRouting(o => o.LowercaseUrls = true);
        // /openapi/v1.json describes the JSON API (only /api/*), its filters and fields from the doc comments.
        services.AddOpenApi(o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "BilateralRelations API";
                document.Info.Description = "Read-only facts extracted from encyclopedia articles about the relations between two countries: "
                    + "visits, agreements, missions, sister cities, memberships and events, each with the line of the article it came from. "
                    + "The article text is from Wikipedia, by Wikipedia contributors, under CC BY-SA 4.0.";
                return Task.CompletedTask;
            });
            // Query parameters are named as the site's links write them ("year", not the property's "Year").
            o.AddOperationTransformer((operation, _, _) =>
            {
                foreach (var parameter in operation.Parameters?.OfType<Microsoft.OpenApi.OpenApiParameter>() ?? [])
                {
                    parameter.Name = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!);
                }
                return Task.CompletedTask;
            });
        });
        // Nothing is protected (no cookies, no sign-in, every form is a GET): keys in memory, so none is written to
        // $HOME/.aspnet at every start.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        return services;
    }

    /// <summary>An explicit folder (absolute, or relative to the content root), else the nearest seeds/ above the content root.</summary>
    internal static string ResolveSeedDirectory(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(Path.Combine(contentRoot, configured));
        }
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return Path.Combine(contentRoot, "seeds");
    }
}
