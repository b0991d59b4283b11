using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using BilateralRelations.Web.Tests.Support;

namespace BilateralRelations.Web.Tests.Faults;

/// <summary>
/// A port another process holds stops the start with one clear line and exit code 1, as a database that cannot be
/// opened does: an unhandled exception aborted the process instead (a supervisor sees a crash, a deploy script an
/// "Aborted" and no reason). Run as the real process: the test host starts the site its own way.
/// </summary>
public sealed class PortInUseTests
{
    [Fact]
    public async Task A_port_in_use_stops_the_start_with_one_clear_line_and_exit_code_1()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;
        var folder = Path.Combine(Path.GetTempPath(), "bilateral-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(folder);
        try
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = AppContext.BaseDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in new[]
            {
                Path.Combine(AppContext.BaseDirectory, "BilateralRelations.Web.dll"), "--urls", $"http://127.0.0.1:{port}",
                $"--Seeds:Directory={Path.GetDirectoryName(TestFiles.Seed)}", $"--ConnectionStrings:Relations=Data Source={Path.Combine(folder, "relations.db")}",
            })
            {
                start.ArgumentList.Add(argument);
            }
            using var site = Process.Start(start)!;
            var output = site.StandardOutput.ReadToEndAsync();
            var errors = site.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await site.WaitForExitAsync(timeout.Token);

            var log = await output + await errors;
            Assert.True(site.ExitCode == 1, $"exit code {site.ExitCode}:\n{log}");
            Assert.Contains($"The site cannot start: Failed to bind to address http://127.0.0.1:{port}: address already in use.", log, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
