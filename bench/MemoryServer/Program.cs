// The benchmark's baseline (issue 13): Kestrel answering the very bytes the site answered, from memory. The limit of
// this stack: no middleware, no routing, no logging; the terminal app.Run writes a byte array.
//
// --root DIR names a folder with manifest.tsv, one line per captured response:
//   PATH <tab> BODY-FILE <tab> CONTENT-TYPE <tab> CONTENT-ENCODING (or -)
// A request for PATH gets that body with that Content-Type (and Content-Encoding when the site's answer had one) and
// its Content-Length; anything else gets 404. Kestrel is configured as the site configures it (no Server header), so
// the only difference on the wire is the site's own headers.
using System.Collections.Frozen;

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
        f => new Captured(File.ReadAllBytes(Path.Combine(root, f[1])), f[2], f[3] == "-" ? null : f[3]));

app.Run(context =>
{
    if (!responses.TryGetValue(context.Request.Path.Value ?? "", out var r))
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
    context.Response.ContentType = r.ContentType;
    if (r.ContentEncoding is not null)
    {
        context.Response.Headers.ContentEncoding = r.ContentEncoding;
    }
    context.Response.ContentLength = r.Body.Length;
    return context.Response.Body.WriteAsync(r.Body).AsTask();
});
app.Run();

sealed record Captured(byte[] Body, string ContentType, string? ContentEncoding);
