using System.Text.RegularExpressions;
using BilateralRelations.Core.Articles;
using BilateralRelations.Core.Countries;
using BilateralRelations.Core.Facts;
using BilateralRelations.Core.Text;

namespace BilateralRelations.Core.Extraction.SisterCities;

/// <summary>
/// Twinned cities, one pair per list item in any of the genre's shapes: "HUN Gyöngyös, Hungary - AZE Shusha, Azerbaijan",
/// "Gdańsk (Poland) – Kutaisi (Georgia)", "Wellington and Valparaíso".
/// </summary>
public sealed partial class SisterCityReader(ArticleContext context)
{
    [GeneratedRegex(@"\s+(?:-|–|—|↔|<->|and|with)\s+|\s*[–—↔]\s*")]
    private static partial Regex PairSeparator();

    [GeneratedRegex(@"^(?:(?<code>[A-Z]{3})\s+)?(?<city>[^,()]+?)\s*(?:,\s*(?<country>[^,()]+)|\((?<country>[^()]+)\))?\s*[.;]?$")]
    private static partial Regex Side();

    [GeneratedRegex(@",\s+and\s+|;\s+")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^(?<city>\p{Lu}.*?)\s+in\s+(?<where>.+)$")]
    private static partial Regex CityInPlace();

    private readonly List<SisterCityFact> _facts = [];
    private readonly Slug.Registry _slugs = new();

    [GeneratedRegex(@"^(?<a>.+?)\s+(?:and|&)\s+(?<b>.+?)\s+(?:are|have\s+been|became|were)\s+(?:also\s+)?(?:[\p{Ll}\-]+\s+)?(?:twin|sister|partner|friendship)\s+(?:towns|cities)|^(?<a>.+?)\s+(?:is|has\s+been|was|became)\s+(?:also\s+)?(?:twinned|partnered|paired)\s+with\s+(?<b>.+?)(?=\s+since\b|\s+in\s+\d|,\s+and\b|,\s+both\b|[.;]|$)|^(?<a>\p{Lu}[\p{L}\-]*(?:\s\p{Lu}[\p{L}\-]*)?)\s+with\s+(?<b>[^.;]+)")]
    private static partial Regex ProsePair();

    [GeneratedRegex(@"^(?:[Tt]he\s+)?(?:(?<adjective>\p{Lu}[\p{L}\-]+)\s+)?(?:[\p{Ll}\-]+\s+){0,2}?(?:town|city|village|port|municipality|district|region|capital)\s+of\s+(?<city>\p{Lu}[\p{L}\-]*(?:\s\p{Lu}[\p{L}\-]*)?)$")]
    private static partial Regex DescribedCity();

    public void Read(Block block)
    {
        if (block.Kind != BlockKind.ListItem)
        {
            ReadProse(block);
            return;
        }
        var text = block.CodeCountry is not null ? $"{block.CodeCountry.Iso3} {block.Text}" : block.Text;
        var parts = PairSeparator().Split(text).Where(p => p.Trim().Length > 0).ToList();
        if (parts.Count != 2 || Read(parts[0]) is not { } left || Read(parts[1]) is not { } right)
        {
            context.Report(block.Line, DiagnosticSeverity.Warning, "Cannot read a pair of twinned cities from this line.", block.Source);
            return;
        }
        Add(left, right, block);
    }

    /// <summary>Words that only a twinning uses: "twin towns", "sister cities", "twinned with".</summary>
    [GeneratedRegex(@"\b(?:twin\s+(?:towns?|cit(?:y|ies))|sister\s+(?:towns?|cit(?:y|ies))|twinned\s+with)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TwinningWords();

    /// <summary>
    /// A paragraph outside a twin-towns section that tells a twinning ("Kota Bharu and Konya have been sister cities
    /// since 2012" under "Economic relations"): only its clauses in the twinning's own words are read.
    /// </summary>
    public void ReadOutsideSection(Block block)
    {
        if (block.Kind == BlockKind.Paragraph && TwinningWords().IsMatch(block.Text))
        {
            ReadProse(block, clause => TwinningWords().IsMatch(clause));
        }
    }

    /// <summary>"Kaunas and the Japanese town of Yaotsu, Sugihara's birthplace, are twin towns."</summary>
    private void ReadProse(Block block, Func<string, bool>? onlyIf = null)
    {
        foreach (var clause in SentenceSplitter.Split(block.Text).SelectMany(s => ClauseBreak().Split(s)))
        {
            if (onlyIf is not null && !onlyIf(clause))
            {
                continue;
            }
            var m = ProsePair().Match(clause.Trim());
            if (m.Success && Describe(m.Groups["a"].Value) is { } left && Describe(m.Groups["b"].Value) is { } right)
            {
                Add(left, right, block);
            }
        }
    }

    /// <summary>One side told in words: "the Lithuanian spa town of Druskininkai", "Yaotsu, Sugihara's birthplace".</summary>
    private (string City, Country? Country)? Describe(string side)
    {
        var core = side.Split(',')[0].Trim();
        var described = DescribedCity().Match(core);
        if (described.Success)
        {
            var country = described.Groups["adjective"].Success ? context.CountryOfPlace(described.Groups["adjective"].Value) : null;
            return (described.Groups["city"].Value, country ?? context.CountryOfPlace(described.Groups["city"].Value));
        }
        if (CityInPlace().Match(core) is { Success: true } located && context.SingleCountryIn(located.Groups["where"].Value) is { } where)
        {
            return (located.Groups["city"].Value, where); // "Angra do Heroísmo in the Portuguese Azores"
        }
        if (core.Split(' ').Length > 3 || Read(core) is not { } plain)
        {
            return null;
        }
        // "Huế, the former imperial capital of Vietnam": the appositive may say the country.
        return plain.Country is null ? (plain.City, context.SingleCountryIn(side)) : plain;
    }

    private void Add((string City, Country? Country) left, (string City, Country? Country) right, Block block)
    {
        // A side without a stated country, in a bilateral article, is in the country the other side is not in.
        var leftCountry = left.Country ?? context.Article.Other(right.Country);
        var rightCountry = right.Country ?? context.Article.Other(left.Country);
        var basis = Basis.Stated;
        if (leftCountry is null && rightCountry is null)
        {
            // "Jelgava – Bălți" with neither city known: the genre lists the pair in the title's order.
            (leftCountry, rightCountry) = (context.Article.CountryA, context.Article.CountryB);
            basis = Basis.Inferred($"each city's country taken from the title's order ({leftCountry.Name} first)");
        }
        _facts.Add(new SisterCityFact(
            _slugs.Claim(Slug.From($"{left.City} {right.City}")),
            left.City, leftCountry, right.City, rightCountry, block.SourceRef, basis));
        foreach (var (city, country) in new[] { (left.City, leftCountry), (right.City, rightCountry) })
        {
            if (country is not null)
            {
                context.AddCity(city, country);
            }
        }
    }

    private (string City, Country? Country)? Read(string side)
    {
        var m = Side().Match(side.Trim());
        if (!m.Success)
        {
            return null;
        }
        var city = m.Groups["city"].Value.Trim();
        Country? country = null;
        if (m.Groups["country"].Success)
        {
            country = context.CountryOfPlace(m.Groups["country"].Value);
        }
        if (country is null && m.Groups["code"].Success)
        {
            country = context.Article.Countries.FirstOrDefault(c => c.Iso3 == m.Groups["code"].Value || c.Ioc == m.Groups["code"].Value);
            if (country is null)
            {
                city = $"{m.Groups["code"].Value} {city}";
            }
        }
        country ??= context.CountryOfPlace(city);
        return city.Length > 0 && char.IsUpper(city[0]) ? (city, country) : null;
    }

    public IReadOnlyList<SisterCityFact> Build() => _facts;
}
