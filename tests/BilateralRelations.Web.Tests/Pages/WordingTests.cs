using BilateralRelations.Web.Tests.Support;
using BilateralRelations.Web.ViewModels;

namespace BilateralRelations.Web.Tests.Pages;

/// <summary>Counts and durations read as people write them: no "1 visits", no "4823 days".</summary>
public sealed class WordingTests(SeedSite site) : IClassFixture<SeedSite>
{
    [Theory]
    [InlineData(0, "0 visits")]
    [InlineData(1, "1 visit")]
    [InlineData(2, "2 visits")]
    [InlineData(1204, "1,204 visits")]
    public void A_count_takes_the_right_number(int count, string expected) => Assert.Equal(expected, Labels.Count(count, "visit"));

    [Fact]
    public void An_irregular_plural_is_given() => Assert.Equal("3 people", Labels.Count(3, "person", "people"));

    [Theory]
    [InlineData("2000-01-01", "2000-01-13", "12 days")]
    [InlineData("2000-01-31", "2000-02-29", "29 days")]
    [InlineData("2000-01-15", "2000-06-15", "5 months")]
    [InlineData("2000-03-01", "2001-03-01", "1 year")]
    [InlineData("2000-03-10", "2013-05-20", "13 years and 2 months")]
    [InlineData("2000-03-20", "2013-05-10", "13 years and 1 month")]
    [InlineData("2013-05-10", "2000-03-20", "13 years and 1 month")]
    public void A_duration_is_said_in_years_months_or_days(string from, string to, string expected) =>
        Assert.Equal(expected, Labels.Duration(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public async Task The_overview_says_the_longest_gap_in_years_and_months_and_a_single_visit_in_the_singular()
    {
        var page = await site.CreateClient().GetPageAsync("/");

        var gap = page.QuerySelector("p.gap strong")!.TextContent;
        Assert.Matches(@"^\d+ years?( and \d+ months?)?$", gap);
        var labels = page.QuerySelectorAll("svg a").Select(a => a.GetAttribute("aria-label") ?? a.QuerySelector("title")?.TextContent ?? "").ToList();
        Assert.DoesNotContain(labels, l => l.Contains(" 1 visits", StringComparison.Ordinal));
        Assert.Contains(labels, l => l.Contains(" 1 visit", StringComparison.Ordinal));
    }
}
