using BilateralRelations.Web.Data;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.ResponseCompression;

namespace BilateralRelations.Web.Infrastructure;

/// <summary>
/// Answers a page or API request that was answered before with the same bytes, without making it again. Keyed by the
/// data version (another instance's import on the same database makes new entries), the content coding the
/// compression middleware will choose (entries are kept compressed), and the address as the client wrote it, host and
/// query included (the printed footer names the full address). Only complete 200 answers of controllers are kept.
/// HEAD arrives here as GET (<see cref="ReadOnlyMethodsMiddleware"/>), so it is answered from the same entries.
/// Not the framework's output cache: its lookup, policies and stored entry cost a cached page about a third of its
/// time (issue 13), and it sent a large body in the segments it stored; this one writes each body as one array, as
/// Kestrel answering from memory does.
/// </summary>
public sealed class PageCacheMiddleware(RequestDelegate next, PageCache cache, DataVersion version, IResponseCompressionProvider compression)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) || !IsCacheable(context.GetEndpoint()))
        {
            return next(context);
        }
        var data = version.GetAsync(context.RequestAborted);
        return data.IsCompletedSuccessfully ? AnswerAsync(context, data.Result) : AnswerAfterAsync(context, data);
    }

    private async Task AnswerAfterAsync(HttpContext context, ValueTask<string?> data) => await AnswerAsync(context, await data);

    private Task AnswerAsync(HttpContext context, string? dataVersion)
    {
        if (dataVersion is null)
        {
            return next(context); // no data to key by: made afresh
        }
        var key = KeyOf(context, dataVersion);
        return cache.TryGet(key, out var page) ? Send(context.Response, page) : MakeAndKeepAsync(context, key);
    }

    private static bool IsCacheable(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<ControllerActionDescriptor>() is not null
        && endpoint.Metadata.GetMetadata<NoPageCacheAttribute>() is null;

    /// <summary>
    /// The path as it was escaped on the wire: decoded, "/a%3Fb=1" would be the same text as "/a?b=1", another address.
    /// </summary>
    private string KeyOf(HttpContext context, string dataVersion)
    {
        var request = context.Request;
        return $"{dataVersion}\n{ContentCoding.Of(context, compression)}\n{request.Scheme}://{request.Host.Value}{request.PathBase.ToUriComponent()}{request.Path.ToUriComponent()}{request.QueryString.Value}";
    }

    private static Task Send(HttpResponse response, CachedPage page)
    {
        var headers = response.Headers;
        foreach (var (name, value) in page.Headers)
        {
            headers[name] = value;
        }
        response.ContentLength = page.Body.Length;
        return response.Body.WriteAsync(page.Body).AsTask();
    }

    /// <summary>Makes the page, sending it as it is written, and keeps a copy if it is a complete 200 answer.</summary>
    private async Task MakeAndKeepAsync(HttpContext context, string key)
    {
        var original = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        using var capture = new ResponseCapture(original.Stream, context.Response, cache.MaximumBodySize);
        var shim = new StreamResponseBodyFeature(capture, original);
        context.Features.Set<IHttpResponseBodyFeature>(shim);
        try
        {
            await next(context);
            // Sends what the page wrote through the shim's PipeWriter but did not flush (the compression middleware
            // inside does that for every page today; the copy kept must not depend on it). Not for an answer that has
            // not started and is not a page (a bare 404): starting it would stop the status code pages from
            // writing the helpful page.
            if (context.Response.HasStarted || context.Response.StatusCode == StatusCodes.Status200OK)
            {
                await shim.CompleteAsync();
            }
        }
        finally
        {
            context.Features.Set(original);
        }
        if (context.Response.StatusCode == StatusCodes.Status200OK && !context.RequestAborted.IsCancellationRequested
            && capture.Captured() is { } page)
        {
            cache.Add(key, page);
        }
    }
}
