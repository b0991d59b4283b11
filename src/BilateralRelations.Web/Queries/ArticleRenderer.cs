using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using BilateralRelations.Core.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace BilateralRelations.Web.Queries;

/// <summary>
/// Renders an article for reading: headings with anchors, each paragraph and list item rendered by Markdig
/// (raw HTML disabled, links only to http(s)), and an anchor <c>L{n}</c> on every source line so a fact can
/// link to the sentence it came from.
/// </summary>
public sealed partial class ArticleRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    [GeneratedRegex(@"^(?<open>=+)\s*(?<text>.*?)\s*=*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?:[-*•–]|\d{1,3}[.)])\s+(?<text>.*)$")]
    private static partial Regex ListItem();

    public IHtmlContent Render(IReadOnlyList<string> lines, IReadOnlyDictionary<int, string> headingAnchors)
    {
        var html = new StringBuilder();
        var inList = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var number = i + 1;
            var text = TextNormalizer.Clean(lines[i]).Trim();
            var item = ListItem().Match(text);
            if (inList && !item.Success)
            {
                html.Append("</ul>\n");
                inList = false;
            }
            if (text.Length == 0)
            {
                continue;
            }
            var heading = Heading().Match(text);
            if (heading.Success)
            {
                var level = Math.Clamp(heading.Groups["open"].Length, 1, 5);
                var id = headingAnchors.TryGetValue(number, out var anchor) ? anchor : $"L{number}";
                html.Append($"<h{level + 1} id=\"{WebUtility.HtmlEncode(id)}\" class=\"article-heading\">{LineLink(number)}{WebUtility.HtmlEncode(heading.Groups["text"].Value)}</h{level + 1}>\n");
                continue;
            }
            if (item.Success)
            {
                if (!inList)
                {
                    html.Append("<ul class=\"article-list\">\n");
                    inList = true;
                }
                html.Append($"<li id=\"L{number}\" class=\"article-line\">{LineLink(number)}{Inline(item.Groups["text"].Value)}</li>\n");
                continue;
            }
            html.Append($"<div id=\"L{number}\" class=\"article-line\">{LineLink(number)}{Inline(text)}</div>\n");
        }
        if (inList)
        {
            html.Append("</ul>\n");
        }
        return new HtmlString(html.ToString());
    }

    private static string LineLink(int number) =>
        $"<a class=\"line-number\" href=\"#L{number}\" aria-label=\"Line {number}\">{number}</a>";

    /// <summary>One line through Markdig, with unsafe link targets and all images removed.</summary>
    private string Inline(string text)
    {
        var document = Markdown.Parse(text, _pipeline);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.IsImage || !IsSafeUrl(link.Url))
            {
                link.IsImage = false;
                link.Url = "";
            }
        }
        foreach (var link in document.Descendants<AutolinkInline>().Where(l => !IsSafeUrl(l.Url)).ToList())
        {
            link.ReplaceBy(new LiteralInline(link.Url));
        }
        var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString().Trim();
    }

    private static bool IsSafeUrl(string? url) =>
        url is not null && (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase));
}
