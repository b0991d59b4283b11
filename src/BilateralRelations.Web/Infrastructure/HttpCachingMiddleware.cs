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
public sealed class HttpCachingMiddleware(RequestDelegate next, IResponseCompressionProvider compression)
{
    private static readonly string s_build = typeof(HttpCachingMiddleware).Assembly.ManifestModule.ModuleVersionId.ToString("n");

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
        var etag = EntityTagFor(context, data);
        // "*" is not honoured: before making the page it is unknown whether the address exists at all.
        if (context.Request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } candidates
            && candidates.Any(c => !c.Equals(EntityTagHeaderValue.Any) && c.Compare(etag, useStrongComparison: false)))
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

    /// <summary>The data version, the build, the address with its query, and the content coding the client will get.</summary>
    private EntityTagHeaderValue EntityTagFor(HttpContext context, string data)
    {
        var coding = compression.GetCompressionProvider(context)?.EncodingName ?? "identity";
        var representation = $"{data}|{s_build}|{context.Request.PathBase}{context.Request.Path}{context.Request.QueryString}|{coding}";
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(representation)))[..24];
        return new EntityTagHeaderValue($"\"{hash}\"");
    }

    /// <summary>An asset served at its fingerprinted address ("css/site.{fingerprint}.css"), not at its plain one.</summary>
    private static bool IsFingerprinted(StaticAssetDescriptor asset) =>
        asset.Properties.FirstOrDefault(p => p.Name == "fingerprint") is { } fingerprint && asset.Route.Contains(fingerprint.Value, StringComparison.Ordinal);
}
