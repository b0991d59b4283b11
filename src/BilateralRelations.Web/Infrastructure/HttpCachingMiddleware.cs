using BilateralRelations.Web.Data;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Net.Http.Headers;

namespace BilateralRelations.Web.Infrastructure;

/// <summary>
/// HTTP caching for browsers and reverse proxies. Pages, CSV and JSON carry a strong ETag made of the data version
/// (<see cref="DataVersion"/>), the site's own build (a deploy that changes only a view changes every ETag) and the
/// representation (address, query, the content coding the compression middleware will choose), and
/// <c>Cache-Control: public, max-age=60, must-revalidate</c>; a matching <c>If-None-Match</c> gets 304 without the
/// page being made. Fingerprinted static assets (<c>site.oeh233zb44.css</c>) are immutable for a year, whatever the
/// environment: their address changes with their content.
/// </summary>
public sealed class HttpCachingMiddleware(RequestDelegate next, IResponseCompressionProvider compression, DataVersion version)
{
    private static readonly string s_build = typeof(HttpCachingMiddleware).Assembly.ManifestModule.ModuleVersionId.ToString("n");

    public const string PageCacheControl = "public, max-age=60, must-revalidate";
    public const string ImmutableCacheControl = "public, max-age=31536000, immutable";

    // Every request passes here, most of them answered from the output cache in a few microseconds: no state machine
    // unless the data version must be read, no per-request service resolution.
    public Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<StaticAssetDescriptor>() is { } asset && IsFingerprinted(asset))
        {
            context.Response.OnStarting(static state =>
            {
                var response = (HttpResponse)state;
                if (response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status304NotModified)
                {
                    response.Headers.CacheControl = ImmutableCacheControl;
                }
                return Task.CompletedTask;
            }, context.Response);
            return next(context);
        }
        if (!HttpMethods.IsGet(context.Request.Method) || endpoint?.Metadata.GetMetadata<ControllerActionDescriptor>() is null)
        {
            return next(context);
        }
        var data = version.GetAsync(context.RequestAborted);
        return data.IsCompletedSuccessfully ? WithValidators(context, data.Result) : WithValidatorsAsync(context, data);
    }

    private async Task WithValidatorsAsync(HttpContext context, ValueTask<string?> data) => await WithValidators(context, await data);

    private Task WithValidators(HttpContext context, string? data)
    {
        if (data is null)
        {
            return next(context);
        }
        var etag = EntityTagFor(context, data);
        if (context.Request.Headers.IfNoneMatch.Count > 0 && IsNotModified(context.Request, etag))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            SetHeaders(context.Response, etag);
            return Task.CompletedTask;
        }
        // Static, with one small state object: no closure and delegate allocated per request.
        context.Response.OnStarting(static state =>
        {
            var (response, etag) = (Validators)state;
            if (response.StatusCode == StatusCodes.Status200OK)
            {
                SetHeaders(response, etag);
            }
            return Task.CompletedTask;
        }, new Validators(context.Response, etag));
        return next(context);
    }

    private sealed record Validators(HttpResponse Response, string ETag);

    /// <summary>"*" is not honoured: before making the page it is unknown whether the address exists at all.</summary>
    private static bool IsNotModified(HttpRequest request, string etag)
    {
        var current = new EntityTagHeaderValue(etag);
        return request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } candidates
            && candidates.Any(c => !c.Equals(EntityTagHeaderValue.Any) && c.Compare(current, useStrongComparison: false));
    }

    private static void SetHeaders(HttpResponse response, string etag)
    {
        response.Headers.ETag = etag;
        response.Headers.CacheControl = PageCacheControl;
        response.Headers.Vary = HeaderNames.AcceptEncoding;
    }

    /// <summary>
    /// The quoted ETag of the data version, the build, the address with its query, and the content coding the client
    /// will get; a plain string, parsed only when a request brings If-None-Match.
    /// </summary>
    private string EntityTagFor(HttpContext context, string data)
    {
        var coding = ContentCoding.Of(context, compression);
        var representation = $"{data}|{s_build}|{context.Request.PathBase}{context.Request.Path}{context.Request.QueryString}|{coding}";
        // Not a secret, only a name for these bytes: a fast 128-bit hash of the text's UTF-16 code units, the same in
        // every instance of this little-endian build (SHA-256 was a tenth of a cached page's time).
        var hash = System.IO.Hashing.XxHash128.HashToUInt128(System.Runtime.InteropServices.MemoryMarshal.AsBytes(representation.AsSpan()));
        return $"\"{hash:x32}\"";
    }

    /// <summary>An asset served at its fingerprinted address ("css/site.{fingerprint}.css"), not at its plain one.</summary>
    private static bool IsFingerprinted(StaticAssetDescriptor asset) =>
        asset.Properties.FirstOrDefault(p => p.Name == "fingerprint") is { } fingerprint && asset.Route.Contains(fingerprint.Value, StringComparison.Ordinal);
}
