using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using BilateralRelations.Web.Data;
using BilateralRelations.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace BilateralRelations.Web.Tests.Performance;

/// <summary>
/// Every filter the site offers finds its rows through an index (issue 13): each command a filtered page sends is
/// asked for its plan (EXPLAIN QUERY PLAN, with the same parameters), and a full scan of a table that grows with the
/// corpus fails, as does an index SQLite has to build for the query itself (AUTOMATIC: one is missing). The database
/// has no statistics (the import runs no ANALYZE), so the seed's plans are the large corpus's. A command that reads a
/// whole table on purpose says so with <see cref="QueryTags.WholeTable"/>.
/// </summary>
public sealed partial class QueryPlanTests(QueryPlanTests.Site site, ITestOutputHelper output) : IClassFixture<QueryPlanTests.Site>
{
    /// <summary>Tables with a row per fact, person or line: thousands on a large corpus.</summary>
    private static readonly HashSet<string> s_large =
    [
        "Visits", "VisitParticipants", "People", "PersonSpellings", "Agreements", "AgreementParty", "Missions", "Ambassadors",
        "Memberships", "Events", "SisterCities", "SearchEntries", "ArticleSections", "ImportDiagnostics",
    ];

    public sealed class Site : SiteFactory
    {
        public ConcurrentQueue<(string Sql, (string Name, object? Value)[] Parameters)> Commands { get; } = new();

        public Site() : base(TestFiles.Seed, TestFiles.Golden("georgia-poland-relations.txt")) =>
            ConfigureTestServices = services => services.ConfigureDbContext<RelationsDbContext>(o => o.AddInterceptors(new Recorder(Commands)));
    }

    private sealed class Recorder(ConcurrentQueue<(string, (string, object?)[])> commands) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }

        private void Record(DbCommand command) =>
            commands.Enqueue((command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToArray()));
    }

    [Theory]
    [InlineData("/visits?year=2013")]
    [InlineData("/visits?country=hungary")]
    [InlineData("/visits?visiting=hungary")]
    [InlineData("/visits?host=azerbaijan")]
    [InlineData("/visits?level=ministers")]
    [InlineData("/visits?person=peter-szijjarto")]
    [InlineData("/visits?relation=azerbaijan-hungary-relations")]
    [InlineData("/visits?q=Budapest")]
    [InlineData("/visits?year=2013&level=ministers&country=hungary&sort=desc")]
    [InlineData("/api/visits?person=peter-szijjarto&limit=2")]
    [InlineData("/visits/2013-05-17-o-shiraliyev")]
    [InlineData("/relations/azerbaijan-hungary-relations")]
    [InlineData("/agreements?relation=azerbaijan-hungary-relations")]
    [InlineData("/missions?relation=azerbaijan-hungary-relations")]
    [InlineData("/sister-cities?relation=azerbaijan-hungary-relations")]
    [InlineData("/memberships?relation=azerbaijan-hungary-relations")]
    [InlineData("/api/events?relation=azerbaijan-hungary-relations&year=2013")]
    [InlineData("/people/peter-szijjarto")]
    [InlineData("/countries/hungary")]
    [InlineData("/search?q=Hungary+2013")]
    [InlineData("/search?q=agreement")]
    [InlineData("/search?q=Hungary&relation=azerbaijan-hungary-relations")]
    [InlineData("/compare?relation=azerbaijan-hungary-relations&relation=georgia-poland-relations")]
    public async Task Each_filter_reads_its_rows_through_an_index(string url)
    {
        var client = site.CreateClient();
        (await client.GetAsync("/healthz")).EnsureSuccessStatusCode(); // started and imported: only the page's own commands below
        site.Commands.Clear();
        (await client.GetAsync(url)).EnsureSuccessStatusCode();

        var failures = new List<string>();
        await using var connection = new SqliteConnection($"Data Source={site.DatabaseFile};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        foreach (var (sql, parameters) in site.Commands.ToArray())
        {
            if (sql.Contains(Web.Queries.QueryTags.WholeTable, StringComparison.Ordinal) || !sql.Contains("SELECT", StringComparison.Ordinal))
            {
                continue;
            }
            var tables = Alias().Matches(sql).ToDictionary(m => m.Groups[2].Value, m => m.Groups[1].Value, StringComparer.Ordinal);
            await using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + sql;
            foreach (var (name, value) in parameters)
            {
                explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }
            var plan = new List<string>();
            await using (var reader = await explain.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    plan.Add(reader.GetString(3));
                }
            }
            var oneLine = string.Join(" ", sql.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
            output.WriteLine(oneLine[..Math.Min(200, oneLine.Length)]);
            output.WriteLine("  " + string.Join("\n  ", plan));
            foreach (var line in plan)
            {
                var scan = Scan().Match(line);
                var table = scan.Success ? tables.GetValueOrDefault(scan.Groups[1].Value, scan.Groups[1].Value) : null;
                if ((table is not null && s_large.Contains(table)) || line.Contains("AUTOMATIC", StringComparison.Ordinal))
                {
                    failures.Add($"{line}  (in: {sql[..Math.Min(300, sql.Length)]})");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{url} scans a large table:\n" + string.Join("\n", failures));
    }

    [GeneratedRegex("\"(\\w+)\" AS \"(\\w+)\"")]
    private static partial Regex Alias();

    [GeneratedRegex(@"^SCAN (\w+)")]
    private static partial Regex Scan();
}
