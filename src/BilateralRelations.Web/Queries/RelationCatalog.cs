using BilateralRelations.Web.Data;
using BilateralRelations.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace BilateralRelations.Web.Queries;

/// <summary>
/// Every relation by id and the relations in title order (the switcher, the filters' lists), built once per data
/// version: on 1,000 articles reading them was a quarter of the CPU of every uncached page that shows facts.
/// </summary>
public sealed class RelationCatalog(IServiceScopeFactory scopes, DataVersion version)
{
    private readonly PerDataVersion<Entries> _entries = new(scopes, version, BuildAsync);

    private sealed record Entries(IReadOnlyDictionary<int, Projections.RelationData> ById, IReadOnlyList<RelationLink> Links)
    {
        public HashSet<string> Slugs { get; } = ById.Values.Select(r => r.Slug).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The relations by id.</summary>
    public async Task<IReadOnlyDictionary<int, Projections.RelationData>> ByIdAsync(CancellationToken ct) => (await _entries.GetAsync(ct)).ById;

    /// <summary>
    /// The relations by id, with every one of <paramref name="ids"/>: rows read after the catalog was built may name a
    /// relation another instance imported since (it reaches this one up to <see cref="DataVersion.MaxAge"/> later);
    /// then the relations are read again on the request's own context.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, Projections.RelationData>> CoveringAsync(RelationsDbContext db, IEnumerable<int> ids, CancellationToken ct)
    {
        var known = await ByIdAsync(ct);
        return ids.All(known.ContainsKey) ? known : await ReadAsync(db, ct);
    }

    /// <summary>
    /// True when the relations of the data version served include <paramref name="slug"/>, known without waiting or
    /// reading. False says nothing: the catalog may not be built yet, or another instance may have imported the
    /// relation since this one last read the version.
    /// </summary>
    public bool SurelyHas(string slug) => _entries.CurrentOrDefault()?.Slugs.Contains(slug) == true;

    /// <summary>Every relation in title order, as links.</summary>
    public async Task<IReadOnlyList<RelationLink>> LinksAsync(CancellationToken ct) => (await _entries.GetAsync(ct)).Links;

    private static async Task<Entries> BuildAsync(RelationsDbContext db)
    {
        var byId = await ReadAsync(db, CancellationToken.None);
        return new Entries(byId, byId.Values.OrderBy(r => r.Title, StringComparer.Ordinal).Select(r => r.ToLink()).ToList());
    }

    /// <summary>The relations as stored now, on <paramref name="db"/>: for a download streamed from the same context, whose rows are not known in advance.</summary>
    public static async Task<Dictionary<int, Projections.RelationData>> ReadAsync(RelationsDbContext db, CancellationToken ct) =>
        await db.Relations.AsNoTracking().TagWith(QueryTags.WholeTable).Select(Projections.Relation).ToDictionaryAsync(r => r.Id, ct);
}
