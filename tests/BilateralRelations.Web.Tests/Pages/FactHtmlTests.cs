using BilateralRelations.Core.Dates;
using BilateralRelations.Web.TagHelpers;
using BilateralRelations.Web.ViewModels;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;

namespace BilateralRelations.Web.Tests.Pages;

/// <summary>The markup of a list row's date, country and source: every value from an article encoded, the path base kept.</summary>
public sealed class FactHtmlTests
{
    private static HttpContext Under(string pathBase) => new DefaultHttpContext { Request = { PathBase = pathBase } };

    [Fact]
    public void A_country_link_encodes_the_name_and_carries_the_path_base()
    {
        var html = FactHtml.Country(new CountryRef("x", "<script>alert(1)</script> & \"Co\"", "XXX", "a"), Under("/bilateral")).ToString();

        Assert.Equal("""<a class="country side-a" href="/bilateral/countries/x"><span class="swatch" aria-hidden="true"></span>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;</a>""", html);
        Assert.Equal("""<span class="country unknown">country not stated</span>""", FactHtml.Country(null, Under("")).ToString());
    }

    [Fact]
    public void A_country_is_linked_under_each_path_base_it_is_asked_for()
    {
        // Links are kept per country and path base: the same country under another base is another link.
        var country = new CountryRef("hungary", "Hungary", "HUN", "b");

        Assert.Contains("href=\"/one/countries/hungary\"", FactHtml.Country(country, Under("/one")).ToString());
        Assert.Contains("href=\"/two/countries/hungary\"", FactHtml.Country(country, Under("/two")).ToString());
        Assert.Contains("href=\"/countries/hungary\"", FactHtml.Country(country, Under("")).ToString());
        Assert.Contains("side-a", FactHtml.Country(country.WithSide("a"), Under("")).ToString());
    }

    [Fact]
    public void A_direction_moves_into_a_buffer_in_order()
    {
        var visit = new VisitRow("v", default, [], new CountryRef("a", "Aland", null, "a"), null, null, default, default, null, "d",
            new SourceRef("a-b", 1, "t"), new RelationLink("a-b", "A–B", new CountryRef("a", "Aland", null, "a"), new CountryRef("b", "Bland", null, "b")));
        var direction = FactHtml.Direction(visit, Under(""));
        var buffer = new HtmlContentBuilder();
        direction.MoveTo(buffer);
        using var written = new StringWriter();
        buffer.WriteTo(written, System.Text.Encodings.Web.HtmlEncoder.Default);

        Assert.Equal(direction.ToString(), written.ToString());
        Assert.Matches("^<a [^>]*href=\"/countries/a\".*Aland</a><span class=\"arrow\" aria-label=\"to\"> → </span><span class=\"country unknown\">country not stated</span>$", written.ToString());
    }

    [Fact]
    public void A_source_link_encodes_the_sentence_and_what_was_inferred()
    {
        var html = FactHtml.Source(new SourceRef("a-b", 12, "He said \"<b>hi</b>\"", "the <year>"), Under("")).ToString();

        Assert.Equal("<a class=\"source-link\" href=\"/relations/a-b/article#L12\" title=\"He said &quot;&lt;b&gt;hi&lt;/b&gt;&quot;\">line 12</a>"
            + " <span class=\"inferred\" title=\"Inferred: the &lt;year&gt;\">inferred<span class=\"visually-hidden\">: the &lt;year&gt;</span></span>", html);
    }

    [Fact]
    public void A_date_says_its_precision_and_no_more()
    {
        Assert.Equal("""<span class="undated">undated</span>""", FactHtml.Date(null).ToString());
        var month = FactHtml.Date(new FuzzyDate(new DateOnly(2005, 3, 1), new DateOnly(2005, 3, 31), DatePrecision.Month), shortForm: true).ToString();
        Assert.Equal("""<time datetime="2005-03" title="Precision: month (the article gives no exact day)">Mar 2005</time>""", month);
    }
}
