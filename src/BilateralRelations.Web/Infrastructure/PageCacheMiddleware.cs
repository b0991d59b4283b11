using BilateralRelations.Web.Data;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace BilateralRelations.Web.Infrastructure;

/// <summary>
/// Answers a page or API request that was answered before with the same bytes, without making it again. Keyed by the
/// data version (another instance's import on the same database makes new entries), the content coding the
/// compression middleware will choose (entries are kept compressed), and the address as the client wrote it, host and
/// query included (the printed footer names the full address). Only 200 answers of controllers to GET are kept;
/// HEAD is answered from them. Not the framework's output cache: its lookup, policies and stored entry cost a cached
/// page about a third of its time (issue 13), and it sent a large body in the segments it stored; this one writes
/// each body as one array, as Kestrel answering from memory does.
/// </summary>
public sealed class PageCacheMiddleware(RequestDelegate next, PageCache cache, DataVersion version, IResponseCompressionProvider compression)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (!isGet && !HttpMethods.IsHead(request.Method) || !IsCacheable(context.GetEndpoint()))
        {
            return next(context);
        }
        var data = version.GetAsync(context.RequestAborted);
        if (!data.IsCompletedSuccessfully)
        {
            return AnswerAsync(context, data, isGet);
        }
        if (data.Result is not { } dataVersion)
        {
            return next(context); // no data to key by: made afresh
        }
        var key = KeyOf(context, dataVersion);
        if (cache.TryGet(key, out var page))
        {
            return Send(context.Response, page, isGet);
        }
        return isGet ? MakeAndKeepAsync(context, key) : next(context);
    }

    private async Task AnswerAsync(HttpContext context, ValueTask<string?> data, bool isGet)
    {
        if (await data is not { } dataVersion)
        {
            await next(context);
            return;
        }
        var key = KeyOf(context, dataVersion);
        if (cache.TryGet(key, out var page))
        {
            await Send(context.Response, page, isGet);
        }
        else if (isGet)
        {
            await MakeAndKeepAsync(context, key);
        }
        else
        {
            await next(context);
        }
    }

    private static bool IsCacheable(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<ControllerActionDescriptor>() is not null
        && endpoint.Metadata.GetMetadata<NoPageCacheAttribute>() is null;

    private string KeyOf(HttpContext context, string dataVersion)
    {
        var request = context.Request;
        return $"{dataVersion}\n{ContentCoding.Of(context, compression)}\n{request.Scheme}://{request.Host.Value}{request.PathBase.Value}{request.Path.Value}{request.QueryString.Value}";
    }

    private static Task Send(HttpResponse response, CachedPage page, bool withBody)
    {
        var headers = response.Headers;
        foreach (var (name, value) in page.Headers)
        {
            headers[name] = value;
        }
        response.ContentLength = page.Body.Length;
        return withBody ? response.Body.WriteAsync(page.Body).AsTask() : Task.CompletedTask;
    }

    /// <summary>Makes the page, sending it as it is written, and keeps a copy if it is a complete 200 answer.</summary>
    private async Task MakeAndKeepAsync(HttpContext context, string key)
    {
        var original = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        var capture = new ResponseCapture(original.Stream, context.Response, cache.MaximumBodySize);
        var shim = new StreamResponseBodyFeature(capture, original);
        context.Features.Set<IHttpResponseBodyFeature>(shim);
        try
        {
            await next(context);
            // Sends what the page wrote through the shim's PipeWriter but did not flush. Not for an answer that has
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

    /// <summary>
    /// Passes the body through and keeps a copy, up to a limit. The headers are taken at the first write, before the
    /// response starts: those the page set, not those the outer middleware add to every response as it starts.
    /// </summary>
    private sealed class ResponseCapture(Stream inner, HttpResponse response, int limit) : Stream
    {
        private static readonly HashSet<string> s_notKept = new(StringComparer.OrdinalIgnoreCase)
        {
            HeaderNames.ContentLength, HeaderNames.TransferEncoding, HeaderNames.Date, HeaderNames.Server,
        };

        private MemoryStream? _body = new();
        private KeyValuePair<string, StringValues>[]? _headers;

        /// <summary>The page as sent, or null if it was too large or not meant to be shared.</summary>
        public CachedPage? Captured()
        {
            _headers ??= HeadersOf(response);
            return _body is null || response.Headers.ContainsKey(HeaderNames.SetCookie)
                ? null
                : new CachedPage(_headers, _body.ToArray());
        }

        private static KeyValuePair<string, StringValues>[] HeadersOf(HttpResponse response) =>
            response.Headers.Where(h => !s_notKept.Contains(h.Key)).ToArray();

        private void Keep(ReadOnlySpan<byte> bytes)
        {
            _headers ??= HeadersOf(response);
            if (_body is null)
            {
                return;
            }
            if (_body.Length + bytes.Length > limit)
            {
                _body = null; // sent in full, but not kept
                return;
            }
            _body.Write(bytes);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Keep(buffer);
            inner.Write(buffer);
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Keep(buffer.Span);
            return inner.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush() => inner.Flush();
        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}

/// <summary>An action whose answers are never kept by <see cref="PageCacheMiddleware"/> (full downloads).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class NoPageCacheAttribute : Attribute;
