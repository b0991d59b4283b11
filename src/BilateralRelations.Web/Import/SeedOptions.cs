namespace BilateralRelations.Web.Import;

/// <summary>Where the articles are read from (configuration section "Seeds").</summary>
public sealed class SeedOptions
{
    public const string Section = "Seeds";

    /// <summary>The folder of articles; relative paths are taken from the content root. Default: the repository's seeds/.</summary>
    public string? Directory { get; set; }

    /// <summary>Files larger than this are skipped with a diagnostic. An export of a whole category runs to a few megabytes.</summary>
    public long MaxFileBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>
    /// True (the default): import the articles at every start, into a database this instance writes. False: serve a
    /// database built beforehand (<c>import --seeds DIR --out FILE</c>), opened read-only, without importing; many
    /// instances can share one file or copies of it.
    /// </summary>
    public bool ImportOnStart { get; set; } = true;
}
