using System.Data.Common;
using BilateralRelations.Web.ViewModels;

namespace BilateralRelations.Web.Queries;

/// <summary>
/// The relation a reader is in, for the navigation, the breadcrumb and the switcher: the relation of a relation's
/// own pages (<c>/relations/{slug}</c>), or the one relation a list page is filtered to (<c>?relation=</c>). There is
/// none while the site holds a single relation (every page is that relation's) or the slug is unknown.
/// Read once per request.
/// </summary>
public sealed class CurrentRelation(FactListQueries facts, ILogger<CurrentRelation> logger)
{
    private IReadOnlyList<RelationLink>? _relations;
    private (RelationLink Relation, RelationPage Page)? _current;
    private bool _read;

    public async Task<IReadOnlyList<RelationLink>> RelationsAsync(CancellationToken ct) => _relations ??= await facts.RelationsAsync(ct);

    /// <summary>The relation and which of its pages this request shows, or null outside a relation.</summary>
    public async Task<(RelationLink Relation, RelationPage Page)?> GetAsync(HttpContext http)
    {
        if (_read)
        {
            return _current;
        }
        _read = true;
        if (PageOf(http) is not { } place)
        {
            return null;
        }
        try
        {
            var relations = await RelationsAsync(http.RequestAborted);
            _current = relations.Count > 1 && relations.FirstOrDefault(r => r.Slug == place.Slug) is { } relation ? (relation, place.Page) : null;
        }
        catch (DbException ex)
        {
            // The navigation works without the relation; the page itself reports the database.
            logger.LogWarning(ex, "The relations could not be read for the navigation.");
        }
        return _current;
    }

    /// <summary>Which relation page the path is, and the relation it names; null for pages that are no relation's.</summary>
    public static (string Slug, RelationPage Page)? PageOf(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "";
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments is ["relations", var slug] && slug != "switch")
        {
            return (slug, RelationPage.Overview);
        }
        if (segments is ["relations", var articleOf, "article"])
        {
            return (articleOf, RelationPage.Article);
        }
        RelationPage? page = segments switch
        {
            ["visits"] => RelationPage.Visits,
            ["visits", var year] when year.All(char.IsAsciiDigit) => RelationPage.Visits,
            ["timeline"] => RelationPage.Timeline,
            ["agreements"] => RelationPage.Agreements,
            ["missions"] => RelationPage.Missions,
            ["sister-cities"] => RelationPage.SisterCities,
            ["memberships"] => RelationPage.Memberships,
            _ => null,
        };
        return page is { } p && http.Request.Query["relation"] is { Count: 1 } values && values[0] is { Length: > 0 } filtered ? (filtered, p) : null;
    }

    /// <summary>The address of <paramref name="page"/> for <paramref name="slug"/>, or of all relations when it is null.</summary>
    public static string UrlOf(RelationPage page, string? slug) => (page, slug) switch
    {
        (RelationPage.Overview, null) => "/relations",
        (RelationPage.Overview, _) => $"/relations/{slug}",
        (RelationPage.Article, null) => "/relations",
        (RelationPage.Article, _) => $"/relations/{slug}/article",
        _ => slug is null ? PathOf(page) : $"{PathOf(page)}?relation={Uri.EscapeDataString(slug)}",
    };

    private static string PathOf(RelationPage page) => page switch
    {
        RelationPage.Visits => "/visits",
        RelationPage.Timeline => "/timeline",
        RelationPage.Agreements => "/agreements",
        RelationPage.Missions => "/missions",
        RelationPage.SisterCities => "/sister-cities",
        RelationPage.Memberships => "/memberships",
        _ => "/relations",
    };

    public static string LabelOf(RelationPage page) => page switch
    {
        RelationPage.SisterCities => "Sister cities",
        RelationPage.Missions => "Diplomatic missions",
        _ => page.ToString(),
    };
}
