using static BilateralRelations.Core.Tests.Extraction.TestArticle;

namespace BilateralRelations.Core.Tests.Extraction;

/// <summary>Twin towns, and what the reader may and may not assume about their countries.</summary>
public sealed class SisterCityReaderTests
{
    [Fact]
    public void A_known_city_places_the_other_side()
    {
        var pair = Assert.Single(Extract("== Twin towns ==\n- Salvador – Luanda", "= Brazil–Angola relations =").SisterCities);
        Assert.Equal(("BRA", "AGO"), (pair.Country?.Iso3, pair.PartnerCountry?.Iso3));
        Assert.False(pair.Basis.IsInferred);
    }

    [Fact]
    public void Two_unknown_cities_take_the_titles_order_and_say_so()
    {
        var relation = Extract("== Twin towns ==\n- Jelgava – Bălți\n\nHelsingør is twinned with Cape Coast, and Roskilde has been partnered with Ho since 1998.", "= Latvia–Moldova relations =");
        Assert.Equal(["Jelgava LVA – Bălți MDA", "Helsingør LVA – Cape Coast MDA", "Roskilde LVA – Ho MDA"],
            relation.SisterCities.Select(s => $"{s.City} {s.Country?.Iso3} – {s.PartnerCity} {s.PartnerCountry?.Iso3}"));
        Assert.All(relation.SisterCities, s => Assert.Contains("title's order", s.Basis.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void A_twinning_told_in_another_section_is_read_in_its_own_words_only()
    {
        var relation = Extract("== Economic relations ==\nTrade grew with Chișinău and Riga as hubs. Jelgava and Bălți have been twin towns since 2013, and Moldova has had a partnership with Latvia since 2009.", "= Latvia–Moldova relations =");
        var pair = Assert.Single(relation.SisterCities);
        Assert.Equal(("Jelgava", "Bălți"), (pair.City, pair.PartnerCity));
    }
}
