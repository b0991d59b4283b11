using SQLitePCL;

namespace BilateralRelations.Web.Data;

/// <summary>
/// SQLite's threading mode for this process: multi-thread, not the bundled library's default, serialized.
/// </summary>
/// <remarks>
/// Serialized mode locks the connection's mutex around every call, down to reading one column of one row, and
/// counts every allocation under a global lock. A page of 100 visits makes a few thousand such calls: in a profile the
/// locks were about 6% of its CPU. ADO.NET never uses one connection from two threads at once (EF Core's contexts
/// are not shared between requests, a pooled connection serves one at a time), which is all multi-thread mode asks.
/// SQLite takes the mode only before its first connection; later (tests hosting several sites in one process),
/// the call is refused and SQLite stays serialized, which is as correct, only slower.
/// </remarks>
public static class SqliteThreading
{
    private static int s_configured;

    public static void UseMultiThreadMode()
    {
        if (Interlocked.Exchange(ref s_configured, 1) == 1)
        {
            return;
        }
        Batteries_V2.Init();
        if (raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD) == raw.SQLITE_OK)
        {
            raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
        }
    }
}
