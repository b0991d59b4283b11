using BilateralRelations.Web.Data;
using BilateralRelations.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace BilateralRelations.Web.Queries;

public sealed class ArticleQueries(RelationsDbContext db, ArticleRenderer renderer)
{
    public async Task<ArticleViewModel?> GetAsync(string slug, CancellationToken ct)
    {
        var relation = await db.Relations.AsNoTracking().Where(r => r.Slug == slug).Select(Projections.Relation).FirstOrDefaultAsync(ct);
        if (relation is null)
        {
            return null;
        }
        var article = await db.Relations.AsNoTracking().Where(r => r.Slug == slug)
            .Select(r => new { r.FileName, r.SourceFormat, r.ArticleText, Sections = r.Sections.OrderBy(s => s.Line).ThenBy(s => s.Id).Select(s => new { s.Level, s.Heading, s.Anchor, s.Line }).ToList() })
            .FirstAsync(ct);
        var anchors = article.Sections.ToLookup(s => s.Line, s => s.Anchor);
        var lines = ArticleText.Decode(article.ArticleText);
        return new ArticleViewModel(relation.ToLink(), article.FileName, Labels.Of(article.SourceFormat),
            article.Sections.Select(s => new TocEntry(s.Level, s.Heading, s.Anchor)).ToList(),
            renderer.Render(lines, anchors), lines.Count == 0 ? 1 : lines.Min(l => l.Number), lines.Count == 0 ? 0 : lines.Max(l => l.Number));
    }
}
