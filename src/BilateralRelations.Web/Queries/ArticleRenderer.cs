using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using BilateralRelations.Core.Articles;
using BilateralRelations.Core.Text;
using Markdig;
using Microsoft.AspNetCore.Html;

namespace BilateralRelations.Web.Queries;

/// <summary>
/// Renders an article for reading, as read from its file (the plain rendering every format reader gives): headings
/// with anchors, paragraphs and list items rendered by Markdig, and an anchor <c>L{n}</c> on the first line read from
/// each line n of the file, so a fact can link to the sentence it came from. Every ASCII punctuation character is
/// escaped before Markdig sees it, so nothing of the article ('*', '_', '[', '&lt;', '&amp;') is read as markup:
/// each line reads exactly as the article has it.
/// </summary>
public sealed partial class ArticleRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    [GeneratedRegex(@"^(?<open>=+)\s*(?<text>.*?)\s*=*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?:[-*•–]|\d{1,3}[.)])\s+(?<text>.*)$")]
    private static partial Regex ListItem();

    /// <summary>Renders <paramref name="lines"/>; the section headings read from line n take the anchors <paramref name="headingAnchors"/>[n], in order.</summary>
    public IHtmlContent Render(IReadOnlyList<ArticleLine> lines, ILookup<int, string> headingAnchors)
    {
        var headingsSeen = new Dictionary<int, int>();
        var html = new StringBuilder();
        var inList = false;
        var anchored = new HashSet<int>();
        foreach (var line in lines)
        {
            var number = line.Number;
            var text = TextNormalizer.Clean(line.Text).Trim();
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
                // A saved page written on one line has all its headings on line 1: each takes the next anchor of that line.
                var nth = level > 1 ? headingsSeen[number] = headingsSeen.GetValueOrDefault(number) + 1 : 0;
                var id = level > 1 && headingAnchors[number].ElementAtOrDefault(nth - 1) is { } anchor ? anchor : LineId(number, anchored);
                html.Append($"<h{level + 1}{IdAttribute(id)} class=\"article-heading\">{LineLink(number)}{WebUtility.HtmlEncode(heading.Groups["text"].Value)}</h{level + 1}>\n");
                continue;
            }
            if (item.Success)
            {
                if (!inList)
                {
                    html.Append("<ul class=\"article-list\">\n");
                    inList = true;
                }
                html.Append($"<li{IdAttribute(LineId(number, anchored))} class=\"article-line\">{LineLink(number)}{Inline(item.Groups["text"].Value)}</li>\n");
                continue;
            }
            html.Append($"<div{IdAttribute(LineId(number, anchored))} class=\"article-line\">{LineLink(number)}{Inline(text)}</div>\n");
        }
        if (inList)
        {
            html.Append("</ul>\n");
        }
        return new HtmlString(html.ToString());
    }

    private static string LineLink(int number) =>
        $"<a class=\"line-number\" href=\"#L{number}\" aria-label=\"Line {number}\">{number}</a>";

    /// <summary>"L12" for the first line read from line 12 of the file; null for the others (ids are unique).</summary>
    private static string? LineId(int number, HashSet<int> anchored) => anchored.Add(number) ? $"L{number}" : null;

    private static string IdAttribute(string? id) => id is null ? "" : $" id=\"{WebUtility.HtmlEncode(id)}\"";

    /// <summary>One line through Markdig, every ASCII punctuation character escaped so that it stays a character.</summary>
    private string Inline(string text)
    {
        var escaped = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c) || c > 127 || char.IsWhiteSpace(c) || char.IsControl(c))
            {
                escaped.Append(c);
            }
            else
            {
                escaped.Append('\\').Append(c);
            }
        }
        var document = Markdown.Parse(escaped.ToString(), _pipeline);
        var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString().Trim();
    }
}
