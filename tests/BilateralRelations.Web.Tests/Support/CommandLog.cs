using System.Globalization;
using System.Text.RegularExpressions;

namespace BilateralRelations.Web.Tests.Support;

/// <summary>
/// What a site with <c>Diagnostics:CountCommands</c> on logged per request: the address, the database commands it
/// sent, and the most parameters one of them bound.
/// </summary>
internal static partial class CommandLog
{
    public sealed record Entry(string Address, int Commands, int MostParameters);

    /// <summary>Every request logged so far, oldest first.</summary>
    public static IEnumerable<Entry> Entries(SiteFactory site) =>
        site.Log.Select(l => LinePattern().Match(l)).Where(m => m.Success).Select(m => new Entry(
            m.Groups["address"].Value,
            int.Parse(m.Groups["commands"].Value, CultureInfo.InvariantCulture),
            int.Parse(m.Groups["parameters"].Value, CultureInfo.InvariantCulture)));

    /// <summary>How many requests whose address passes <paramref name="address"/> made their page (sent commands; a cached page sends none).</summary>
    public static int PagesMade(SiteFactory site, Func<string, bool> address) =>
        Entries(site).Count(e => address(e.Address) && e.Commands > 0);

    [GeneratedRegex(@"Database commands for (?<address>\S*): (?<commands>\d+), at most (?<parameters>\d+) parameters in one$")]
    private static partial Regex LinePattern();
}
