using BilateralRelations.Core.Extraction;
using BilateralRelations.Core.Facts;
using Xunit.Abstractions;

namespace BilateralRelations.Core.Tests.RealArticles;

/// <summary>
/// The 23 real English-Wikipedia articles of the genre (opening excerpts) against their hand-made answer keys:
/// at least 95% of the keyed facts of every kind come out right, and the score table is printed with the run.
/// </summary>
public sealed class RealArticleTests(ITestOutputHelper output)
{
    private const string Folder = "RealArticles";

    internal static ScoreReport Score(string folder)
    {
        var articles = new List<(string, IReadOnlyList<KeyedResult>)>();
        foreach (var keyPath in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, folder), "*.json").Order(StringComparer.Ordinal))
        {
            var key = AnswerKey.Load(keyPath);
            var actual = Extract(Path.Combine(Path.GetDirectoryName(keyPath)!, key.File));
            articles.Add((Path.GetFileNameWithoutExtension(key.File), AnswerKeyScorer.Score(actual, key)));
        }
        return new ScoreReport(articles);
    }

    /// <summary>
    /// Shows the score with the test's output and writes it beside the test assembly
    /// (extraction-score-FOLDER.md), which .ci/run prints at the end of the run.
    /// </summary>
    private void Publish(string folder, ScoreReport report)
    {
        var text = $"## {folder}\n\n{report.ToMarkdown()}\n{report.Misses()}\n";
        output.WriteLine(text);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, $"extraction-score-{folder}.md"), text);
    }

    internal static ExtractedRelation Extract(string path)
    {
        var diagnostics = new List<Diagnostic>();
        return new RelationExtractor().Extract(Path.GetFileName(path), File.ReadAllText(path), diagnostics)
            ?? throw new InvalidOperationException(string.Join('\n', diagnostics));
    }

    [Fact]
    public void At_least_95_percent_of_the_keyed_facts_of_every_kind_come_out_right()
    {
        var report = Score(Folder);
        Publish(Folder, report);
        var below = Enum.GetValues<KeyedKind>().Where(k => report.Share(k) < 0.95).ToList();
        Assert.True(below.Count == 0,
            $"Below 95%: {string.Join(", ", below.Select(ScoreReport.Name))}\n{report.ToMarkdown()}\n{report.Misses()}");
    }

    /// <summary>Articles of the genre written blind for this project (in the real articles' style and key format).</summary>
    public static TheoryData<string> BlindFolders() => new() { "Holdout4", "Holdout5", "Holdout6", "Holdout7", "Holdout8" };

    [Theory]
    [MemberData(nameof(BlindFolders))]
    public void At_least_90_percent_of_the_facts_of_articles_written_blind_come_out_right(string folder)
    {
        var report = Score(folder);
        Publish(folder, report);
        Assert.True(report.Overall >= 0.9, $"{report.Overall:P1} right\n{report.ToMarkdown()}\n{report.Misses()}");
    }

    [Theory]
    [InlineData(Folder)]
    [MemberData(nameof(BlindFolders))]
    public void No_visit_gets_a_country_the_text_does_not_support(string folder)
    {
        var wrong = Score(folder).All.Where(r => r.WrongCountry).ToList();
        Assert.True(wrong.Count == 0, string.Join('\n', wrong.Select(r => $"{r.Fact}: {r.Why}")));
    }
}
