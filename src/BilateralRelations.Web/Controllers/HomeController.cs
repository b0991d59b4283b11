using BilateralRelations.Web.Queries;
using BilateralRelations.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace BilateralRelations.Web.Controllers;

public sealed class HomeController(OverviewQueries overview, ArticleQueries articles, RelationIndexQueries index, FactListQueries facts) : Controller
{
    /// <summary>One relation: its overview. Several: the relations index, each linking to its own overview.</summary>
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        // The relation list (read once per request anyway) says which page this is; only that page's counts are read.
        var relations = await facts.RelationsAsync(ct);
        var single = relations.Count == 1 ? await overview.GetAsync(relations[0].Slug, ct) : null;
        var list = relations.Count > 1 ? await index.GetAsync(new RelationIndexFilter(), ct) : null;
        return View(new HomeViewModel(single, list));
    }

    /// <summary>Every relation with its counts and visits per year, sortable by name, visits or latest fact.</summary>
    [HttpGet("/relations")]
    public async Task<IActionResult> Relations([FromQuery] RelationIndexFilter filter, CancellationToken ct) =>
        View(await index.GetAsync(filter, ct));

    /// <summary>The relation switcher (a GET form, so it works without script): the same page of the chosen relation.</summary>
    [HttpGet("/relations/switch")]
    public IActionResult Switch([FromQuery] RelationSwitch choice) =>
        LocalRedirect("~" + CurrentRelation.UrlOf(choice.To, choice.Relation)); // "~": under the path base, if any

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
        var relations = await facts.RelationsAsync(ct);
        return relations.Count == 1 ? RedirectToAction(nameof(Article), new { slug = relations[0].Slug }) : RedirectToAction(nameof(Relations));
    }
}
