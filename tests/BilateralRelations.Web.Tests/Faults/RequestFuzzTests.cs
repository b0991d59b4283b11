using System.Net;
using BilateralRelations.Web.Tests.Support;
using CsCheck;

namespace BilateralRelations.Web.Tests.Faults;

/// <summary>
/// Thousands of generated paths and query strings against every route: never a 5xx, and never an echo of
/// markup that is not encoded. Each run samples new requests (only the first is seeded); a failure prints the
/// request and the seed that reproduces it.
/// </summary>
public sealed class RequestFuzzTests(SeedSite site) : IClassFixture<SeedSite>
{
    private const string Marker = "<zq7 x=\"1\">";

    private static readonly string[] Routes =
    [
        "/", "/visits", "/visits/{}", "/visits.csv", "/timeline", "/agreements", "/missions", "/sister-cities", "/memberships",
        "/people", "/people/{}", "/countries", "/countries/{}", "/relations/{}", "/relations/{}/article", "/diagnostics",
        "/api/relations", "/api/visits", "/api/agreements", "/api/missions", "/api/sister-cities", "/api/memberships", "/api/events",
        "/api/people", "/api/timeline", "/api/diagnostics", "/error/{}", "/{}", "/search", "/api/search",
    ];

    private static readonly string[] Keys = ["year", "from", "to", "country", "visiting", "host", "level", "person", "q", "relation", "sort", "kind", "x", "year[]", ""];

    private static readonly Gen<string> Value = Gen.OneOf(
        Gen.Int[-100000, 100000].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Const(Marker),
        Gen.Const("2013"), Gen.Const("hungary"), Gen.Const("desc"), Gen.Const("Visit"), Gen.Const("99999999999999999999"),
        Gen.Const("%00"), Gen.Const("..%2F..%2Fetc%2Fpasswd"), Gen.Const("' OR 1=1 --"), Gen.Const("\u202Eevil"),
        Gen.Char["abcxyz019-_%<>\"'&;/\\ éő\u200D"].Array[0, 40].Select(c => new string(c)),
        Gen.Char['a', 'z'].Array[300, 3000].Select(c => new string(c)));

    private static readonly Gen<string> Request =
        from route in Gen.OneOf(Routes)
        from segment in Value
        from pairs in Gen.Select(Gen.OneOf(Keys), Value).Array[0, 4]
        select route.Replace("{}", Uri.EscapeDataString(segment.Length > 500 ? segment[..500] : segment), StringComparison.Ordinal)
            + (pairs.Length == 0 ? "" : "?" + string.Join('&', pairs.Select(p => $"{Uri.EscapeDataString(p.Item1)}={Uri.EscapeDataString(p.Item2)}")));

    [Fact]
    public void No_generated_request_gets_a_server_error_or_an_unencoded_echo()
    {
        var client = site.CreateClient();
        Request.Sample(url =>
        {
            HttpResponseMessage response;
            try
            {
                response = client.GetAsync(url).GetAwaiter().GetResult();
            }
            catch (InvalidOperationException e) when (e.Message == "The path contains null characters.")
            {
                // The test host's request decoder refuses the path before the site sees it, as Kestrel answers 400
                // before any middleware: nothing of the site's to check (about one run in seven generated one).
                return;
            }
            using var _ = response;
            var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            Assert.True((int)response.StatusCode < 500, $"{url} answered {(int)response.StatusCode}");
            Assert.DoesNotContain(Marker, body, StringComparison.Ordinal);
            if (response.StatusCode == HttpStatusCode.BadRequest && response.Content.Headers.ContentType?.MediaType == "text/html")
            {
                Assert.Contains("<h1>", body, StringComparison.Ordinal);
            }
        }, iter: 3000, threads: 1, seed: "0000000000000");
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(100_000)]
    public async Task Very_long_urls_get_a_4xx(int length)
    {
        var response = await site.CreateClient().GetAsync("/visits?q=" + new string('a', length));
        Assert.InRange((int)response.StatusCode, 400, 499);
    }
}
