using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using BilateralRelations.Core.Dates;
using BilateralRelations.Web.ViewModels;
using Microsoft.AspNetCore.Html;

namespace BilateralRelations.Web.TagHelpers;

/// <summary>
/// The markup of what nearly every row of every list shows: a date, a country, a visit's direction, a source line.
/// </summary>
/// <remarks>
/// Each is HTML-encoded text, in one string or a few pieces, that the view's buffer keeps as text (see
/// <see cref="EncodedHtml"/>). They were tag helpers, and before that partials; a tag helper is created, given its
/// context and output, and its output moved into the buffer piece by piece, and whatever it built with a
/// <c>TagBuilder</c> was written out with a flush of its own: about a tenth of a page of 100 visits.
/// </remarks>
public static class FactHtml
{
    private static readonly HtmlEncoder s_encoder = HtmlEncoder.Default;

    // A country's link is the same on every row that names it (a list of 100 visits names two countries on each), so
    // it is made once per country, side and path base; there are a few hundred of them.
    private const int MaxCountryLinks = 4096;
    private static readonly ConcurrentDictionary<(CountryRef Country, string Root), string> s_countryLinks = new();

    // One builder per thread for the dates, reused: a builder made and grown for every row's date (and source line,
    // now written in pieces) was a fifth of what a page of 100 visits allocated.
    [ThreadStatic]
    private static StringBuilder? t_builder;

    /// <summary>
    /// <c>&lt;time datetime="1994-12-04"&gt;4–5 Dec 1994&lt;/time&gt;</c>, saying no more than the article: "Feb 1997",
    /// "2012" (with the precision as its title); "undated" when there is no date.
    /// </summary>
    public static EncodedHtml Date(FuzzyDate? value, bool shortForm = false)
    {
        if (value is not { } date)
        {
            return new("""<span class="undated">undated</span>""");
        }
        var html = Builder().Append("<time datetime=\"").Append(s_encoder.Encode(date.SlugKey)).Append('"');
        if (date.Precision != DatePrecision.Day)
        {
            html.Append(" title=\"").Append(s_encoder.Encode($"Precision: {date.Precision.ToString().ToLowerInvariant()} (the article gives no exact day)")).Append('"');
        }
        return new(html.Append('>').Append(s_encoder.Encode(shortForm ? DateText.FormatShort(date) : DateText.Format(date))).Append("</time>").ToString());
    }

    /// <summary>The country's page with its colour swatch, or "country not stated".</summary>
    public static EncodedHtml Country(CountryRef? country, HttpContext context) => new(CountryText(country, AppPath.Root(context)));

    /// <summary>"visiting country → host country", or "direction not stated".</summary>
    public static EncodedHtml Direction(VisitRow visit, HttpContext context)
    {
        if (visit.Visiting is null && visit.Host is null)
        {
            return new("""<span class="country unknown">direction not stated</span>""");
        }
        var root = AppPath.Root(context);
        return new(CountryText(visit.Visiting, root), """<span class="arrow" aria-label="to"> → </span>""", CountryText(visit.Host, root));
    }

    /// <summary>
    /// "line 12" linked to the sentence in the article (its text as the title), and what the extractor inferred, when
    /// it did.
    /// </summary>
    /// <remarks>
    /// In pieces, not joined: the sentence is often a paragraph, and a string of the whole link for every row was the
    /// largest thing a page of missions allocated.
    /// </remarks>
    public static EncodedHtml Source(SourceRef source, HttpContext context)
    {
        string[] link = ["<a class=\"source-link\" href=\"", s_encoder.Encode(AppPath.Root(context)), s_encoder.Encode(source.ArticleUrl),
            "\" title=\"", s_encoder.Encode(source.Text), "\">line ", source.Line.ToString(CultureInfo.InvariantCulture), "</a>"];
        if (source.Inference is not { } inference)
        {
            return new(link);
        }
        var encoded = s_encoder.Encode(inference);
        return new([.. link, " <span class=\"inferred\" title=\"Inferred: ", encoded, "\">inferred<span class=\"visually-hidden\">: ", encoded, "</span></span>"]);
    }

    private static StringBuilder Builder()
    {
        // One grown by a very long sentence is not kept.
        if (t_builder is not { Capacity: <= 4096 } builder)
        {
            t_builder = builder = new StringBuilder(512);
        }
        return builder.Clear();
    }

    private static string CountryText(CountryRef? country, string root)
    {
        if (country is null)
        {
            return """<span class="country unknown">country not stated</span>""";
        }
        if (s_countryLinks.TryGetValue((country, root), out var link))
        {
            return link;
        }
        if (s_countryLinks.Count >= MaxCountryLinks)
        {
            s_countryLinks.Clear(); // countries renamed by re-imports: the old links go
        }
        return s_countryLinks[(country, root)] = CountryLink(country, root);
    }

    private static string CountryLink(CountryRef country, string root) =>
        $"""<a class="country side-{(country.Side.Length > 0 ? s_encoder.Encode(country.Side) : "x")}" href="{s_encoder.Encode($"{root}/countries/{country.Slug}")}"><span class="swatch" aria-hidden="true"></span>{s_encoder.Encode(country.Name)}</a>""";
}

/// <summary>
/// HTML already encoded, which a view's buffer takes in as text: written as any other content, a piece of HTML is
/// written out with a flush of its own.
/// </summary>
/// <remarks>In pieces, moved into the buffer as they are rather than joined into a new string.</remarks>
public sealed class EncodedHtml(params string[] pieces) : IHtmlContentContainer
{
    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        foreach (var piece in pieces)
        {
            writer.Write(piece);
        }
    }

    public void CopyTo(IHtmlContentBuilder destination)
    {
        foreach (var piece in pieces)
        {
            if (piece.Length > 0)
            {
                destination.AppendHtml(piece);
            }
        }
    }

    public void MoveTo(IHtmlContentBuilder destination) => CopyTo(destination);

    public override string ToString() => string.Concat(pieces);
}
