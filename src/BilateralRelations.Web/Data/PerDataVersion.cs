namespace BilateralRelations.Web.Data;

/// <summary>
/// A value computed from the whole database once per data version and shared by every request (summaries that would
/// otherwise be a scan or a GROUP BY over a large table per page). Requests arriving during a build wait for that
/// one build, which is not cancelled when the request that started it goes away; a new data version, or a build
/// that failed, starts a new one.
/// </summary>
public sealed class PerDataVersion<T>(DataVersion version, Func<Task<T>> build)
{
    private readonly Lock _lock = new();
    private (string Version, Task<T> Value)? _built;

    public async Task<T> GetAsync(CancellationToken ct)
    {
        // A database that cannot be read has no version: build afresh, and let the page report the failure.
        if (await version.GetAsync(ct) is not { } current)
        {
            return await build();
        }
        Task<T> task;
        lock (_lock)
        {
            if (_built is not { } built || built.Version != current || built.Value.IsFaulted || built.Value.IsCanceled)
            {
                _built = (current, build());
            }
            task = _built.Value.Value;
        }
        return await task.WaitAsync(ct);
    }
}
