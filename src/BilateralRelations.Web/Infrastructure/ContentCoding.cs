using Microsoft.AspNetCore.ResponseCompression;

namespace BilateralRelations.Web.Infrastructure;

/// <summary>
/// The content coding the compression middleware will choose for a request ("br", "gzip", or "identity"), worked
/// out once per request: the ETag and the output cache's key must name the same representation.
/// </summary>
public static class ContentCoding
{
    private static readonly object s_key = new();

    public static string Of(HttpContext context, IResponseCompressionProvider compression)
    {
        if (context.Items.TryGetValue(s_key, out var known) && known is string coding)
        {
            return coding;
        }
        coding = compression.GetCompressionProvider(context)?.EncodingName ?? "identity";
        context.Items[s_key] = coding;
        return coding;
    }
}
