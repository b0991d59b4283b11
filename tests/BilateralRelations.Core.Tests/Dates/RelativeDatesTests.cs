using BilateralRelations.Core.Dates;

namespace BilateralRelations.Core.Tests.Dates;

/// <summary>Relative dates are counted from an earlier one, never more precisely than the words allow.</summary>
public sealed class RelativeDatesTests
{
    [Theory]
    [InlineData("A year later, the minister came", "2013-04-11", "2014")]
    [InlineData("two years later the treaty was signed", "April 2013", "2015")]
    [InlineData("The following year, Chikoti returned", "February 2016", "2017")]
    [InlineData("later that year a delegation came", "2016-02-03", "2016")]
    [InlineData("the following month the speaker came", "2016-02-03", "2016-03")]
    [InlineData("the next day he flew to Riga", "2016-02-03", "2016-02-04")]
    public void A_relative_date_is_counted_from_its_anchor(string text, string anchor, string expected)
    {
        var relative = Assert.Single(RelativeDates.FindAll(text));
        Assert.Equal(expected, relative.From(DateFinder.ParseExact(anchor)!.Date!.Value)?.SlugKey);
    }

    [Theory]
    [InlineData("the next day he flew to Riga", "2016")]
    [InlineData("the following month the speaker came", "2016")]
    public void A_step_finer_than_the_anchor_gives_no_date(string text, string anchor) =>
        Assert.Null(Assert.Single(RelativeDates.FindAll(text)).From(DateFinder.ParseExact(anchor)!.Date!.Value));

    [Theory]
    [InlineData("a few years later")]
    [InlineData("in later years")]
    [InlineData("the year of the visit")]
    public void Vague_words_are_not_dates(string text) => Assert.Empty(RelativeDates.FindAll(text));
}
