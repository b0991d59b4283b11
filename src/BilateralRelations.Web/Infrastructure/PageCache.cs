using Microsoft.Extensions.Caching.Memory;

namespace BilateralRelations.Web.Infrastructure;

/// <summary>
/// The pages and API answers already made, held in memory as they went out (compressed, headers included) and keyed by
/// everything a response depends on (<see cref="PageCacheMiddleware"/>). Bounded by the total size of the bodies; the
/// least recently used go first. An import that changes the data clears it.
/// </summary>
public sealed class PageCache(long sizeLimit, int maximumBodySize) : IDisposable
{
    private static readonly TimeSpan s_lifetime = TimeSpan.FromHours(1);

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = sizeLimit });

    /// <summary>64 MB of bodies; one larger than 4 MB is sent but not kept (a large corpus's full lists stream instead).</summary>
    public PageCache() : this(64 * 1024 * 1024, 4 * 1024 * 1024)
    {
    }

    public int MaximumBodySize => maximumBodySize;

    public bool TryGet(string key, out CachedPage page) => _entries.TryGetValue(key, out page!);

    public void Add(string key, CachedPage page) =>
        _entries.Set(key, page, new MemoryCacheEntryOptions { Size = page.SizeWith(key), AbsoluteExpirationRelativeToNow = s_lifetime });

    /// <summary>Every page goes: they show data that has just changed.</summary>
    public void Clear() => _entries.Clear();

    public int Count => _entries.Count;

    public void Dispose() => _entries.Dispose();
}
