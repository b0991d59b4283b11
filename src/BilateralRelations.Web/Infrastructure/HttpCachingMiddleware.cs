using BilateralRelations.Web.Data;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Net.Http.Headers;

namespace BilateralRelations.Web.Infrastructure;

/// <summary>
/// HTTP caching for browsers and reverse proxies. Pages, CSV and JSON carry a strong ETag made of the data version
/// (<see cref="DataVersion"/>) and the representation (address, query, content coding), and
/// <c>Cache-Control: public, max-age=60, must-revalidate</c>; a matching <c>If-None-Match</c> gets 304 without the
/// page being made. Fingerprinted static assets (<c>site.oeh233zb44.css</c>) are immutable for a year, whatever the
/// environment: their address changes with their content.
/// </summary>
public sealed class HttpCachingMiddleware(RequestDelegate next)
{
    public const string PageCacheControl = "public, max-age=60, must-revalidate";
    public const string ImmutableCacheControl = "public, max-age=31536000, immutable";

    public async Task InvokeAsync(HttpContext context, DataVersion version)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<StaticAssetDescriptor>() is { } asset && IsFingerprinted(asset))
        {
            context.Response.OnStarting(() =>
            {
                if (context.Response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status304NotModified)
                {
                    context.Response.Headers.CacheControl = ImmutableCacheControl;
                }
                return Task.CompletedTask;
            });
            await next(context);
            return;
        }
        if (!HttpMethods.IsGet(context.Request.Method) || endpoint?.Metadata.GetMetadata<ControllerActionDescriptor>() is null
            || await version.GetAsync(context.RequestAborted) is not { } data)
        {
            await next(context);
            return;
        }
        var etag = EntityTagFor(context.Request, data);
        if (context.Request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } candidates
            && candidates.Any(c => c.Equals(EntityTagHeaderValue.Any) || c.Compare(etag, useStrongComparison: false)))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            SetHeaders(context.Response, etag);
            return;
        }
        context.Response.OnStarting(() =>
        {
            if (context.Response.StatusCode == StatusCodes.Status200OK)
            {
                SetHeaders(context.Response, etag);
            }
            return Task.CompletedTask;
        });
        await next(context);
    }

    private static void SetHeaders(HttpResponse response, EntityTagHeaderValue etag)
    {
        response.Headers.ETag = etag.ToString();
        response.Headers.CacheControl = PageCacheControl;
        response.Headers.Vary = HeaderNames.AcceptEncoding;
    }

    /// <summary>The data version, the address with its query, and the content coding the client will get.</summary>
    private static EntityTagHeaderValue EntityTagFor(HttpRequest request, string data)
    {
        var representation = $"{data}|{request.Path}{request.QueryString}|{ContentCoding(request)}";
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(representation)))[..24];
        return new EntityTagHeaderValue($"\"{hash}\"");
    }

    /// <summary>The coding response compression picks for this request: brotli before gzip, as registered.</summary>
    private static string ContentCoding(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().AcceptEncoding.Where(e => e.Quality is not 0).Select(e => e.Value.Value).ToList();
        return accepted.Contains("br", StringComparer.OrdinalIgnoreCase) ? "br"
            : accepted.Contains("gzip", StringComparer.OrdinalIgnoreCase) ? "gzip"
            : "identity";
    }

    /// <summary>An asset served at its fingerprinted address ("css/site.{fingerprint}.css"), not at its plain one.</summary>
    private static bool IsFingerprinted(StaticAssetDescriptor asset) =>
        asset.Properties.FirstOrDefault(p => p.Name == "fingerprint") is { } fingerprint && asset.Route.Contains(fingerprint.Value, StringComparison.Ordinal);
}
