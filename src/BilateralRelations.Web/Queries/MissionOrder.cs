using BilateralRelations.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BilateralRelations.Web.Queries;

/// <summary>
/// Every mission's id in the order of the list of all missions (sending country, host country, then id), read once
/// per data version: a page of the list is a range of it (see <see cref="FactListQueries.MissionsAsync(string?, Slice, CancellationToken)"/>).
/// </summary>
public sealed class MissionOrder(IServiceScopeFactory scopes, DataVersion version)
{
    private readonly PerDataVersion<int[]> _ids = new(scopes, version, async db => await db.Missions.AsNoTracking().TagWith(QueryTags.WholeTable)
        .OrderBy(m => m.SendingCountry.Name).ThenBy(m => m.HostCountry.Name).ThenBy(m => m.Id)
        .Select(m => m.Id).ToArrayAsync());

    public Task<int[]> GetAsync(CancellationToken ct) => _ids.GetAsync(ct);
}
