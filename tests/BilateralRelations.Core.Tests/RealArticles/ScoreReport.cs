using System.Globalization;
using System.Text;

namespace BilateralRelations.Core.Tests.RealArticles;

/// <summary>The per-article, per-kind score of a set of keyed articles, as a Markdown table.</summary>
internal sealed record ScoreReport(IReadOnlyList<(string Article, IReadOnlyList<KeyedResult> Results)> Articles)
{
    public IEnumerable<KeyedResult> All => Articles.SelectMany(a => a.Results);

    public (int Right, int Total) Of(KeyedKind kind) =>
        (All.Count(r => r.Kind == kind && r.Right), All.Count(r => r.Kind == kind));

    public double Share(KeyedKind kind) => Of(kind) is (var right, > 0 and var total) ? (double)right / total : 1.0;

    public double Overall => All.Any() ? (double)All.Count(r => r.Right) / All.Count() : 1.0;

    public string ToMarkdown()
    {
        var kinds = Enum.GetValues<KeyedKind>();
        var sb = new StringBuilder();
        sb.Append("| article | ").AppendJoin(" | ", kinds.Select(Name)).AppendLine(" | all |");
        sb.Append("| --- |").Append(string.Concat(kinds.Select(_ => " ---: |"))).AppendLine(" ---: |");
        foreach (var (article, results) in Articles)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {article} | ");
            sb.AppendJoin(" | ", kinds.Select(k => Cell(results.Where(r => r.Kind == k))));
            sb.AppendLine(CultureInfo.InvariantCulture, $" | {Cell(results)} |");
        }
        sb.Append("| **all** | ").AppendJoin(" | ", kinds.Select(k => Cell(All.Where(r => r.Kind == k), percent: true)));
        sb.AppendLine(CultureInfo.InvariantCulture, $" | {Cell(All, percent: true)} |");
        return sb.ToString();
    }

    /// <summary>Every keyed fact that did not come out right, one line each.</summary>
    public string Misses() =>
        string.Join('\n', Articles.SelectMany(a => a.Results.Where(r => !r.Right).Select(r => $"{a.Article}: {Name(r.Kind)}: {r.Fact}: {r.Why}")));

    private static string Cell(IEnumerable<KeyedResult> results, bool percent = false)
    {
        var list = results.ToList();
        if (list.Count == 0)
        {
            return "–";
        }
        var right = list.Count(r => r.Right);
        return percent
            ? string.Create(CultureInfo.InvariantCulture, $"{right}/{list.Count} ({100.0 * right / list.Count:0.#}%)")
            : string.Create(CultureInfo.InvariantCulture, $"{right}/{list.Count}");
    }

    public static string Name(KeyedKind kind) => kind switch
    {
        KeyedKind.SisterCities => "sister cities",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
