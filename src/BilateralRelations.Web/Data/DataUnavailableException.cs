using System.Data.Common;

namespace BilateralRelations.Web.Data;

/// <summary>The database could not be read for something a page needs: answered 503, like any database failure.</summary>
public sealed class DataUnavailableException(string message) : DbException(message);
