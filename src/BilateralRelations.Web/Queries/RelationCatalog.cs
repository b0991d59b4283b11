using BilateralRelations.Web.Data;
using BilateralRelations.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace BilateralRelations.Web.Queries;

/// <summary>
/// Every relation by id and the relations in title order (the switcher, the filters' lists), built once per data
/// version: on 1,000 articles reading them was a quarter of the CPU of every uncached page that shows facts. The
/// countries come with them, so a list reads a fact's countries as ids instead of joining three columns per country
/// into every row.
/// </summary>
public sealed class RelationCatalog(IServiceScopeFactory scopes, DataVersion version)
{
    private readonly PerDataVersion<Entries> _entries = new(scopes, version, BuildAsync);

    private sealed record Entries(IReadOnlyDictionary<int, Projections.RelationData> ById, IReadOnlyList<RelationLink> Links,
        IReadOnlyDictionary<int, Projections.CountryData> Countries, IReadOnlyDictionary<string, int> CountryIds)
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

    /// <summary>
    /// The countries by id, with every one of <paramref name="ids"/> (read again on <paramref name="db"/> when one is
    /// newer than the catalog, as <see cref="CoveringAsync"/> does for relations).
    /// </summary>
    public async Task<IReadOnlyDictionary<int, Projections.CountryData>> CountriesCoveringAsync(RelationsDbContext db, IEnumerable<int> ids, CancellationToken ct)
    {
        var known = (await _entries.GetAsync(ct)).Countries;
        return ids.All(known.ContainsKey) ? known : await ReadCountriesAsync(db, ct);
    }

    /// <summary>The id of the country <paramref name="slug"/>, or null when the catalog does not know it.</summary>
    public async Task<int?> CountryIdAsync(string slug, CancellationToken ct) =>
        (await _entries.GetAsync(ct)).CountryIds.TryGetValue(slug, out var id) ? id : null;

    /// <summary>Every relation in title order, as links.</summary>
    public async Task<IReadOnlyList<RelationLink>> LinksAsync(CancellationToken ct) => (await _entries.GetAsync(ct)).Links;

    private static async Task<Entries> BuildAsync(RelationsDbContext db)
    {
        var byId = await ReadAsync(db, CancellationToken.None);
        var countries = await ReadCountriesAsync(db, CancellationToken.None);
        return new Entries(byId, byId.Values.OrderBy(r => r.Title, StringComparer.Ordinal).Select(r => r.ToLink()).ToList(),
            countries, countries.ToDictionary(c => c.Value.Slug, c => c.Key, StringComparer.Ordinal));
    }

    private static async Task<Dictionary<int, Projections.CountryData>> ReadCountriesAsync(RelationsDbContext db, CancellationToken ct) =>
        await db.Countries.AsNoTracking().TagWith(QueryTags.WholeTable)
            .Select(c => new { c.Id, Data = new Projections.CountryData(c.Slug, c.Name, c.Iso3) })
            .ToDictionaryAsync(c => c.Id, c => c.Data, ct);

    /// <summary>The relations as stored now, on <paramref name="db"/>: for a download streamed from the same context, whose rows are not known in advance.</summary>
    public static async Task<Dictionary<int, Projections.RelationData>> ReadAsync(RelationsDbContext db, CancellationToken ct) =>
        await db.Relations.AsNoTracking().TagWith(QueryTags.WholeTable).Select(Projections.Relation).ToDictionaryAsync(r => r.Id, ct);
}
