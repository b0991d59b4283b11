using BilateralRelations.Core.Dates;

namespace BilateralRelations.Core.Tests.Dates;

/// <summary>Every date form of the genre, each to a start, an end and a precision.</summary>
public sealed class DateFinderTests
{
    [Theory]
    [InlineData("4–5 December 1994", "1994-12-04", "1994-12-05", DatePrecision.Day)]
    [InlineData("29 June-1 July 2012", "2012-06-29", "2012-07-01", DatePrecision.Day)]
    [InlineData("29 November-1 December 2006", "2006-11-29", "2006-12-01", DatePrecision.Day)]
    [InlineData("03-24 April 2004", "2004-04-03", "2004-04-24", DatePrecision.Day)]
    [InlineData("February 1997", "1997-02-01", "1997-02-28", DatePrecision.Month)]
    [InlineData("February 2012", "2012-02-01", "2012-02-29", DatePrecision.Month)]
    [InlineData("15 June 2007", "2007-06-15", "2007-06-15", DatePrecision.Day)]
    [InlineData("November 11, 2014", "2014-11-11", "2014-11-11", DatePrecision.Day)]
    [InlineData("November 21–22, 2014", "2014-11-21", "2014-11-22", DatePrecision.Day)]
    [InlineData("September 2004", "2004-09-01", "2004-09-30", DatePrecision.Month)]
    [InlineData("November, 2014", "2014-11-01", "2014-11-30", DatePrecision.Month)]
    [InlineData("2012", "2012-01-01", "2012-12-31", DatePrecision.Year)]
    [InlineData("30 November – 2 December 2016", "2016-11-30", "2016-12-02", DatePrecision.Day)]
    [InlineData("July 10–11, 2017", "2017-07-10", "2017-07-11", DatePrecision.Day)]
    [InlineData("30 December 2016 – 2 January 2017", "2016-12-30", "2017-01-02", DatePrecision.Day)]
    [InlineData("December 28, 2005 – January 2, 2006", "2005-12-28", "2006-01-02", DatePrecision.Day)]
    [InlineData("4th May 2018", "2018-05-04", "2018-05-04", DatePrecision.Day)]
    [InlineData("24th–26th May 2007", "2007-05-24", "2007-05-26", DatePrecision.Day)]
    [InlineData("Sept. 5, 2022", "2022-09-05", "2022-09-05", DatePrecision.Day)]
    [InlineData("March–April 2013", "2013-03-01", "2013-04-30", DatePrecision.Month)]
    [InlineData("December 2017 – January 2018", "2017-12-01", "2018-01-31", DatePrecision.Month)]
    [InlineData("2012–2015", "2012-01-01", "2015-12-31", DatePrecision.Year)]
    [InlineData("2014-11-11", "2014-11-11", "2014-11-11", DatePrecision.Day)]
    [InlineData("2005 September 4", "2005-09-04", "2005-09-04", DatePrecision.Day)]
    [InlineData("1957 May 22", "1957-05-22", "1957-05-22", DatePrecision.Day)]
    [InlineData("2019 November", "2019-11-01", "2019-11-30", DatePrecision.Month)]
    public void Reads_the_date_forms_of_the_genre(string text, string start, string end, DatePrecision precision)
    {
        var match = DateFinder.ParseExact(text);
        Assert.NotNull(match);
        Assert.Null(match.Error);
        Assert.Equal(new FuzzyDate(DateOnly.Parse(start), DateOnly.Parse(end), precision), match.Date);
    }

    [Theory]
    [InlineData("in 2012", "2012")]
    [InlineData("starting from 2015", "2015")]
    [InlineData("Starting from 2015 Hungary will admit 200 Azerbaijani students", "2015")]
    [InlineData("established on November 27, 1992. The", "November 27, 1992")]
    [InlineData("Between 18 July and 31 August 1940, Sugihara", "18 July and 31 August 1940")]
    [InlineData("a Moldavian merchant is recorded in the Riga customs books in 1472.", "1472")]
    [InlineData("By 1259, Korean resistance had collapsed", "1259")]
    [InlineData("the Battle of Khotyn in 1621", "1621")]
    public void Finds_dates_inside_sentences(string text, string expected)
    {
        var match = Assert.Single(DateFinder.FindAll(text));
        Assert.Equal(expected, match.Text);
        Assert.NotNull(match.Date);
    }

    [Theory]
    [InlineData("about 40,460 Hungarian forints")]
    [InlineData("200 Azerbaijani students")]
    [InlineData("500 million forints")]
    [InlineData("some 2,140 transit visas")]
    [InlineData("1500 troops")]
    [InlineData("over 900 ships and 1200 soldiers")]
    [InlineData("trade routes go back to 4000 B.C.")]
    [InlineData("in May the minister said")]
    public void Numbers_and_month_words_that_are_not_dates_are_ignored(string text) =>
        Assert.Empty(DateFinder.FindAll(text));

    [Theory]
    [InlineData("31 February 2010")]
    [InlineData("32–33 May 2011")]
    [InlineData("30 February – 2 March 2012")]
    [InlineData("5–3 May 2011")]
    public void Impossible_dates_are_reported_never_guessed(string text)
    {
        var match = Assert.Single(DateFinder.FindAll(text));
        Assert.Null(match.Date);
        Assert.False(string.IsNullOrEmpty(match.Error));
    }

    [Theory]
    [InlineData("1994-12-04", "1994-12-05", DatePrecision.Day, "4–5 December 1994", "4–5 Dec 1994")]
    [InlineData("2012-06-29", "2012-07-01", DatePrecision.Day, "29 June – 1 July 2012", "29 Jun – 1 Jul 2012")]
    [InlineData("1997-02-01", "1997-02-28", DatePrecision.Month, "February 1997", "Feb 1997")]
    [InlineData("2012-01-01", "2012-12-31", DatePrecision.Year, "2012", "2012")]
    [InlineData("2016-12-30", "2017-01-02", DatePrecision.Day, "30 December 2016 – 2 January 2017", "30 Dec 2016 – 2 Jan 2017")]
    public void Formats_say_no_more_than_the_article(string start, string end, DatePrecision precision, string full, string brief)
    {
        var date = new FuzzyDate(DateOnly.Parse(start), DateOnly.Parse(end), precision);
        Assert.Equal(full, DateText.Format(date));
        Assert.Equal(brief, DateText.FormatShort(date));
    }
}
