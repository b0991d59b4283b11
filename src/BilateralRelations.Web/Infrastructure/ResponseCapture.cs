using System.Buffers;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace BilateralRelations.Web.Infrastructure;

/// <summary>
/// Passes a page's body through to the client and keeps a copy, up to a limit, in pooled chunks (a miss must not
/// leave a large array behind for the collector at every request); and the headers the page set, taken as the response
/// starts: after the page and the middleware inside <see cref="PageCacheMiddleware"/> have set theirs (their
/// callbacks run first), before the outer middleware add those every response gets.
/// </summary>
internal sealed class ResponseCapture : Stream
{
    private const int ChunkSize = 16 * 1024;

    private static readonly HashSet<string> s_notKept = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.ContentLength, HeaderNames.TransferEncoding, HeaderNames.Date, HeaderNames.Server,
    };

    private readonly Stream _inner;
    private readonly HttpResponse _response;
    private readonly int _limit;
    private readonly List<byte[]> _chunks = [];
    private int _length;
    private bool _tooLarge;
    private bool _released;
    private KeyValuePair<string, StringValues>[]? _headers;
    private bool _setsCookie;

    public ResponseCapture(Stream inner, HttpResponse response, int limit)
    {
        (_inner, _response, _limit) = (inner, response, limit);
        response.OnStarting(static state =>
        {
            ((ResponseCapture)state).TakeHeaders();
            return Task.CompletedTask;
        }, this);
    }

    /// <summary>The page as sent, or null if it was too large or not meant to be shared.</summary>
    public CachedPage? Captured()
    {
        if (!_response.HasStarted)
        {
            TakeHeaders(); // a HEAD request's body went nowhere: its response starts only after this
        }
        if (_tooLarge || _released || _setsCookie || _headers is null)
        {
            return null;
        }
        var body = new byte[_length];
        var at = 0;
        foreach (var chunk in _chunks)
        {
            var count = Math.Min(ChunkSize, _length - at);
            chunk.AsSpan(0, count).CopyTo(body.AsSpan(at));
            at += count;
        }
        return new CachedPage(_headers, body);
    }

    private void TakeHeaders()
    {
        if (_headers is not null)
        {
            return;
        }
        _setsCookie = _response.Headers.ContainsKey(HeaderNames.SetCookie);
        _headers = _response.Headers.Where(h => !s_notKept.Contains(h.Key)).ToArray();
    }

    private void Keep(ReadOnlySpan<byte> bytes)
    {
        if (_tooLarge || _released)
        {
            return;
        }
        if (_length + bytes.Length > _limit || _response.ContentLength > _limit)
        {
            _tooLarge = true; // sent in full, but not kept
            Release();
            return;
        }
        while (bytes.Length > 0)
        {
            var used = _length % ChunkSize;
            if (used == 0)
            {
                _chunks.Add(ArrayPool<byte>.Shared.Rent(ChunkSize));
            }
            var count = Math.Min(ChunkSize - used, bytes.Length);
            bytes[..count].CopyTo(_chunks[^1].AsSpan(used));
            _length += count;
            bytes = bytes[count..];
        }
    }

    private void Release()
    {
        foreach (var chunk in _chunks)
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        _chunks.Clear();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_released)
        {
            _released = true;
            Release();
        }
        base.Dispose(disposing);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Keep(buffer);
        _inner.Write(buffer);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Keep(buffer.Span);
        return _inner.WriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush() => _inner.Flush();
    public override Task FlushAsync(CancellationToken cancellationToken) => _inner.FlushAsync(cancellationToken);

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
