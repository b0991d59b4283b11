using BilateralRelations.Web.Queries;

namespace BilateralRelations.Web.Tests.Pages;

/// <summary>What people type becomes quoted FTS5 terms only: no operator, column filter or stray quote survives.</summary>
public sealed class SearchTermsTests
{
    [Theory]
    [InlineData("Hungary 2013", "\"Hungary\"* \"2013\"*")]
    [InlineData("  hungary,2013!! ", "\"hungary\"* \"2013\"*")]
    [InlineData("NEAR(Orbán \"Baku\")*", "\"NEAR\"* \"Orbán\"* \"Baku\"*")]
    [InlineData("title:Hungary OR a", "\"title\"* \"Hungary\"* \"OR\"* \"a\"")]
    [InlineData("Hungary hungary HUNGARY", "\"Hungary\"*")]
    [InlineData("Gyöngyös-Shusha", "\"Gyöngyös\"* \"Shusha\"*")]
    [InlineData("北京 2008", "\"北京\"* \"2008\"*")]
    public void Words_become_quoted_prefix_terms(string typed, string match) =>
        Assert.Equal(match, SearchTerms.Parse(typed).Match);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"*():^-+")]
    [InlineData("\u0301\u0301")]
    public void Punctuation_alone_is_no_word(string? typed) =>
        Assert.True(SearchTerms.Parse(typed).IsEmpty);

    [Fact]
    public void At_most_twelve_words_are_searched_and_it_says_so()
    {
        var terms = SearchTerms.Parse(string.Join(' ', Enumerable.Range(1, 20).Select(i => $"w{i}")));
        Assert.Equal(SearchTerms.MaxWords, terms.Words.Count);
        Assert.True(terms.Truncated);
        Assert.DoesNotContain("\"\"", terms.Match, StringComparison.Ordinal);
    }
}
