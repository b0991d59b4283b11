using System.Globalization;
using System.Text;
using BilateralRelations.Core.Articles;

namespace BilateralRelations.Web.Data;

/// <summary>
/// How an article's lines are stored in <see cref="Entities.Relation.ArticleText"/>: one line each, "number TAB
/// text", the number being the line of the file it was read from (which several lines may share, and which may
/// jump where markup gave nothing to read).
/// </summary>
public static class ArticleText
{
    public static string Encode(IEnumerable<ArticleLine> lines)
    {
        var builder = new StringBuilder();
        foreach (var line in lines.Where(l => !string.IsNullOrWhiteSpace(l.Text)))
        {
            builder.Append(line.Number.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(line.Text.Replace('\n', ' ').Replace('\r', ' ')).Append('\n');
        }
        return builder.ToString();
    }

    public static IReadOnlyList<ArticleLine> Decode(string stored)
    {
        var lines = new List<ArticleLine>();
        foreach (var line in stored.Split('\n'))
        {
            var tab = line.IndexOf('\t');
            if (tab > 0 && int.TryParse(line.AsSpan(0, tab), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                lines.Add(new ArticleLine(number, line[(tab + 1)..]));
            }
        }
        return lines;
    }
}
