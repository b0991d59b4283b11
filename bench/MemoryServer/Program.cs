// The benchmark's baseline (issue 13): Kestrel answering the very bytes the site answered, from memory. The limit of
// this stack: no middleware, no routing, no logging; the terminal app.Run writes a byte array.
//
// --root DIR names a folder with manifest.tsv, one line per captured response:
//   PATH <tab> BODY-FILE <tab> HEADERS-FILE (the response head as `curl -D` saved it)
// A request for PATH gets that body with every header the site sent (its Content-Type, Content-Encoding, ETag,
// security headers…) and its Content-Length; anything else gets 404. Only Date (Kestrel writes its own), and the
// framing the site chose when the page was first made (chunked), are not replayed: the site answers a cached page
// with Content-Length too. Kestrel is configured as the site configures it (no Server header), so the same bytes go
// on the wire: headers count, a 600-byte difference in headers took a 128 KB answer past 128 KiB and cost the
// baseline as much as the site's whole pipeline.
using System.Collections.Frozen;
using Microsoft.Extensions.Primitives;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
var app = builder.Build();

var root = app.Configuration["root"] ?? throw new ArgumentException("usage: MemoryServer --root DIR --urls URL");
var responses = File.ReadAllLines(Path.Combine(root, "manifest.tsv"))
    .Where(line => line.Length > 0)
    .Select(line => line.Split('\t'))
    .ToFrozenDictionary(
        f => f[0],
        f => new Captured(File.ReadAllBytes(Path.Combine(root, f[1])), HeadersIn(Path.Combine(root, f[2]))));

app.Run(context =>
{
    if (!responses.TryGetValue(context.Request.Path.Value ?? "", out var r))
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
    foreach (var (name, value) in r.Headers)
    {
        context.Response.Headers[name] = value;
    }
    context.Response.ContentLength = r.Body.Length;
    return context.Response.Body.WriteAsync(r.Body).AsTask();
});
app.Run();

static KeyValuePair<string, StringValues>[] HeadersIn(string file)
{
    string[] notReplayed = ["Date", "Transfer-Encoding", "Content-Length"];
    return File.ReadAllLines(file)
        .Skip(1) // the status line
        .Select(line => line.Split(": ", 2))
        .Where(h => h.Length == 2 && !notReplayed.Contains(h[0], StringComparer.OrdinalIgnoreCase))
        .Select(h => new KeyValuePair<string, StringValues>(h[0], h[1]))
        .ToArray();
}

sealed record Captured(byte[] Body, KeyValuePair<string, StringValues>[] Headers);
