namespace BilateralRelations.Web.Infrastructure;

/// <summary>
/// What is wrong with the site's surroundings, said once where it is found (the importer, the database
/// initializer) and shown by /healthz: the site goes on serving what it has, and says why it is degraded.
/// </summary>
public sealed class SiteStatus
{
    private volatile string? _articles;
    private volatile string? _database;

    /// <summary>Why the articles could not be read (the folder is missing or unreadable), or null.</summary>
    public string? ArticlesProblem
    {
        get => _articles;
        set => _articles = value;
    }

    /// <summary>Why the database is served as it is without being written (disk full, read-only), or null.</summary>
    public string? DatabaseProblem
    {
        get => _database;
        set => _database = value;
    }
}
