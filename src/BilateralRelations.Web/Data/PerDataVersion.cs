namespace BilateralRelations.Web.Data;

/// <summary>
/// A value computed from the whole database once per data version and shared by every request (summaries that would
/// otherwise be a scan or a GROUP BY over a large table per page). It is built on its own context, in one read
/// transaction (one consistent state of the data), off the requesting thread; requests arriving meanwhile wait for
/// that one build, which is not cancelled when the request that started it goes away. A new data version, or a
/// build that failed, starts a new one. Readers must allow for rows gone since the build: another instance's import
/// reaches this one up to <see cref="DataVersion.MaxAge"/> later.
/// </summary>
public sealed class PerDataVersion<T>(IServiceScopeFactory scopes, DataVersion version, Func<RelationsDbContext, Task<T>> build)
{
    private readonly Lock _lock = new();
    private (string Version, Task<T> Value)? _built;

    public async Task<T> GetAsync(CancellationToken ct)
    {
        // A database that cannot be read has no version: build afresh, and let the page report the failure.
        if (await version.GetAsync(ct) is not { } current)
        {
            return await BuildAsync();
        }
        Task<T> task;
        lock (_lock)
        {
            if (_built is not { } built || built.Version != current || built.Value.IsFaulted || built.Value.IsCanceled)
            {
                // On the thread pool: SQLite's async calls complete synchronously, so the build would otherwise run
                // here, holding the lock, with every other request for it blocked instead of waiting.
                _built = (current, Task.Run(BuildAsync, CancellationToken.None));
            }
            task = _built.Value.Value;
        }
        return await task.WaitAsync(ct);
    }

    /// <summary>
    /// The value built for the version served, when both are at hand, without waiting or reading: for synchronous
    /// callers (validation), which do the work themselves otherwise; else null.
    /// </summary>
    public T? CurrentOrDefault()
    {
        if (version.FreshOrNull() is not { } current)
        {
            return default;
        }
        lock (_lock)
        {
            return _built is { } built && built.Version == current && built.Value.IsCompletedSuccessfully ? built.Value.Result : default;
        }
    }

    private async Task<T> BuildAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RelationsDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        return await build(db);
    }
}
