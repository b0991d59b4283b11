namespace BilateralRelations.Web.Queries;

/// <summary>
/// Which part of an ordered list to read: <see cref="Take"/> rows from index <see cref="Skip"/>. Applied in SQL
/// (LIMIT/OFFSET), so a page of a list never reads the rest of it.
/// </summary>
public readonly record struct Slice(int Skip, int Take)
{
    /// <summary>The whole list.</summary>
    public static readonly Slice All = new(0, int.MaxValue);

    /// <summary>Page <paramref name="page"/> (from 1) of <paramref name="size"/> rows.</summary>
    public static Slice Page(int page, int size) => new((page - 1) * size, size);
}

/// <summary>A part of a list and how many rows the whole list has.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Rows, int Total);

internal static class SliceExtensions
{
    /// <summary>Only the slice's rows of an ordered query; the whole query for <see cref="Slice.All"/>.</summary>
    public static IQueryable<T> Take<T>(this IQueryable<T> query, Slice slice) =>
        slice == Slice.All ? query : query.Skip(slice.Skip).Take(slice.Take);
}
