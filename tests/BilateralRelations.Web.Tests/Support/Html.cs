using System.Text.Encodings.Web;
using AngleSharp;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Html;

namespace BilateralRelations.Web.Tests.Support;

public static class Html
{
    private static readonly IBrowsingContext Context = BrowsingContext.New(Configuration.Default);

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return await Context.OpenAsync(r => r.Content(html));
    }

    /// <summary>The HTML <paramref name="content"/> writes.</summary>
    public static string Of(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    public static async Task<IDocument> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}");
        return await ParseAsync(response);
    }
}
