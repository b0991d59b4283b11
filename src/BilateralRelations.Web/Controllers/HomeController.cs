using BilateralRelations.Web.Queries;
using BilateralRelations.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace BilateralRelations.Web.Controllers;

public sealed class HomeController(OverviewQueries overview, ArticleQueries articles) : Controller
{
    /// <summary>One relation: its overview. Several: the list, each linking to its own overview.</summary>
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var relations = await overview.SummariesAsync(ct);
        var single = relations.Count == 1 ? await overview.GetAsync(relations[0].Relation.Slug, ct) : null;
        return View(new HomeViewModel(relations, single));
    }

    [HttpGet("/relations/{slug}")]
    public async Task<IActionResult> Relation(string slug, CancellationToken ct) =>
        await overview.GetAsync(slug, ct) is { } model ? View(model) : NotFound();

    [HttpGet("/relations/{slug}/article")]
    public async Task<IActionResult> Article(string slug, CancellationToken ct) =>
        await articles.GetAsync(slug, ct) is { } model ? View(model) : NotFound();

    /// <summary>The navigation's "Article" entry: the article itself when there is one, else the list.</summary>
    [HttpGet("/article")]
    public async Task<IActionResult> AnyArticle(CancellationToken ct)
    {
        var relations = await overview.SummariesAsync(ct);
        return relations.Count == 1 ? RedirectToAction(nameof(Article), new { slug = relations[0].Relation.Slug }) : RedirectToAction(nameof(Index));
    }
}
