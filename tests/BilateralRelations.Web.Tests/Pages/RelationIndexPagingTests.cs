using BilateralRelations.Web.Tests.Support;

namespace BilateralRelations.Web.Tests.Pages;

/// <summary>The relations index and the lists of facts are paged and the footer stops naming every article, so none grows with the corpus (issue 13).</summary>
public sealed class RelationIndexPagingTests(RelationIndexPagingTests.Site site) : IClassFixture<RelationIndexPagingTests.Site>
{
    private static readonly string[] s_countries = ["Austria", "Belgium", "Chile", "Denmark", "Estonia", "Finland", "Ghana", "Hungary",
        "Iceland", "Japan", "Kenya", "Latvia", "Mexico", "Norway", "Peru"];

    /// <summary>105 small relations, one article each.</summary>
    public sealed class Site() : SiteFactory(Articles().ToArray());

    private static IEnumerable<string> Articles() =>
        s_countries.SelectMany((a, i) => s_countries.Skip(i + 1).Select(b => (a, b))).Take(105)
            .Select(p => TestFiles.Written($"{p.a.ToLowerInvariant()}-{p.b.ToLowerInvariant()}-relations.txt",
                $"= {p.a}–{p.b} relations =\n\n{p.a} and {p.b} established diplomatic relations on 1 May 1992.\n\nBoth countries are full members of the United Nations.\n"));

    [Fact]
    public async Task The_index_shows_100_relations_a_page_and_the_rest_on_the_next()
    {
        var client = site.CreateClient();

        var first = await client.GetPageAsync("/relations?sort=name");
        var second = await client.GetPageAsync(first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href")!);

        Assert.Equal(100, first.QuerySelectorAll("table.relations-index tbody tr").Length);
        Assert.Equal(5, second.QuerySelectorAll("table.relations-index tbody tr").Length);
        Assert.Contains("105 relations", first.QuerySelector(".kicker")!.TextContent, StringComparison.Ordinal);
        var names = first.QuerySelectorAll("table.relations-index tbody th a").Concat(second.QuerySelectorAll("table.relations-index tbody th a"))
            .Select(a => a.TextContent).ToList();
        Assert.Equal(105, names.Distinct().Count());
    }

    [Fact]
    public async Task A_list_of_facts_shows_100_a_page_and_a_relations_own_list_is_whole()
    {
        var client = site.CreateClient();

        var first = await client.GetPageAsync("/memberships");
        var third = await client.GetPageAsync("/memberships?page=3");
        var one = await client.GetPageAsync("/memberships?relation=austria-belgium-relations");

        Assert.Equal(100, first.QuerySelectorAll("table tbody tr").Length);
        Assert.Equal(10, third.QuerySelectorAll("table tbody tr").Length);
        Assert.Contains("210 memberships", first.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/memberships?page=2", first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href"));
        Assert.Equal(2, one.QuerySelectorAll("table tbody tr").Length);
        Assert.Null(one.QuerySelector("nav.pager"));
    }

    [Fact]
    public async Task Past_twenty_articles_the_footer_counts_them_and_points_to_the_index()
    {
        var footer = (await site.CreateClient().GetPageAsync("/visits")).QuerySelector("footer")!;

        Assert.Contains("105 articles from Wikipedia", footer.TextContent, StringComparison.Ordinal);
        Assert.Contains(footer.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/relations");
        Assert.Contains("CC BY-SA 4.0", footer.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_relations_own_pages_credit_its_article_by_name()
    {
        var footer = (await site.CreateClient().GetPageAsync("/relations/austria-belgium-relations")).QuerySelector("footer")!;

        Assert.Contains("“Austria–Belgium relations”", footer.TextContent, StringComparison.Ordinal);
    }
}
