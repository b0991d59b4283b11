using Microsoft.Extensions.Primitives;

namespace BilateralRelations.Web.Infrastructure;

/// <summary>A 200 response as it was sent: the headers the page set (not those every response gets) and its body.</summary>
public sealed record CachedPage(KeyValuePair<string, StringValues>[] Headers, byte[] Body)
{
    /// <summary>What it holds in memory, roughly: its body, and its headers and key as UTF-16 text.</summary>
    public long SizeWith(string key) =>
        Body.Length + 2L * (key.Length + Headers.Sum(h => h.Key.Length + h.Value.ToString().Length));
}
