using BilateralRelations.Core.Dates;

namespace BilateralRelations.Web.Data;

/// <summary>Rebuilds the Core's date value from the three columns a stored fact keeps.</summary>
public static class FuzzyDates
{
    public static FuzzyDate? From(DateOnly? start, DateOnly? end, DatePrecision? precision) =>
        start is { } s && end is { } e && precision is { } p ? new FuzzyDate(s, e, p) : null;

    public static FuzzyDate From(DateOnly start, DateOnly end, DatePrecision precision) => new(start, end, precision);
}
