using System.IO.Compression;
using BilateralRelations.Web.Tests.Support;

namespace BilateralRelations.Web.Tests.Operations;

/// <summary>
/// Pages are compressed once per content coding and then served compressed from the output cache (issue 13): a
/// browser's repeat of a page neither makes it again nor compresses it again, and every coding decodes to the same
/// page as the uncompressed one.
/// </summary>
public sealed class CompressedCacheTests
{
    [Fact]
    public async Task Each_coding_is_made_once_then_served_from_the_cache_and_decodes_to_the_same_page()
    {
        using var site = new SiteFactory(TestFiles.Seed);
        site.Settings["Diagnostics:CountCommands"] = "true";
        var client = site.CreateClient(new() { AllowAutoRedirect = false });
        // The test client does not decode: the bytes are what a browser receives.
        async Task<(string? Coding, byte[] Body)> Get(string encoding)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/visits?year=2013");
            if (encoding.Length > 0)
            {
                request.Headers.AcceptEncoding.ParseAdd(encoding);
            }
            var response = await client.SendAsync(request);
            response.EnsureSuccessStatusCode();
            return (response.Content.Headers.ContentEncoding.SingleOrDefault(), await response.Content.ReadAsByteArrayAsync());
        }

        var identity = await Get("");
        var brotli = await Get("br");
        var brotliAgain = await Get("br");
        var gzip = await Get("gzip");

        Assert.Null(identity.Coding);
        Assert.Equal("br", brotli.Coding);
        Assert.Equal("gzip", gzip.Coding);
        Assert.Equal(brotli.Body, brotliAgain.Body);
        Assert.Equal(identity.Body, Decode(new BrotliStream(new MemoryStream(brotli.Body), CompressionMode.Decompress)));
        Assert.Equal(identity.Body, Decode(new GZipStream(new MemoryStream(gzip.Body), CompressionMode.Decompress)));
        // Made three times (identity, br, gzip), the repeat of br from the cache.
        var made = CommandLog.PagesMade(site, address => address.StartsWith("/visits", StringComparison.Ordinal));
        Assert.Equal(3, made);
    }

    private static byte[] Decode(Stream decoder)
    {
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
