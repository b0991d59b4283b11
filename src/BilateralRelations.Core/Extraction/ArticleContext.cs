using System.Text.RegularExpressions;
using BilateralRelations.Core.Articles;
using BilateralRelations.Core.Countries;
using BilateralRelations.Core.Extraction.People;
using BilateralRelations.Core.Facts;
using BilateralRelations.Core.Text;

namespace BilateralRelations.Core.Extraction;

/// <summary>
/// What the extractors share about one article: its two countries and every way the article refers to them
/// (names, adjectives, codes, capitals, and institutions the article ties to a country, such as
/// "the Milli Majlis of Azerbaijan"), plus the diagnostics collected so far.
/// </summary>
public sealed partial class ArticleContext
{
    private readonly Dictionary<string, Regex> _mentionPatterns = [];
    private readonly Dictionary<string, Regex> _capitalPatterns = [];
    private readonly Dictionary<string, Country> _places = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Country> _institutions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _nameStopWords = new(StringComparer.Ordinal);

    public Article Article { get; }
    public CountryCatalog Catalog { get; }
    public List<Diagnostic> Diagnostics { get; }

    public ArticleContext(Article article, CountryCatalog catalog, List<Diagnostic> diagnostics)
    {
        Article = article;
        Catalog = catalog;
        Diagnostics = diagnostics;
        foreach (var country in article.Countries)
        {
            // A short name the catalogue does not list ("EU") is still its own name; an empty pattern would match everywhere.
            var words = country.Names.Concat(country.Adjectives).DefaultIfEmpty(country.Name).Where(w => w.Length > 0)
                .Select(TextNormalizer.Fold).Select(Regex.Escape).ToList();
            _mentionPatterns[country.Slug] = words.Count == 0
                ? new Regex("(?!)")
                : new Regex($@"(?<![\p{{L}}])(?:{string.Join('|', words)})s?(?![\p{{L}}])", RegexOptions.CultureInvariant);
            // "Mayor of Baku" names Azerbaijan; "talks in Baku" only says where something happened.
            var capitals = country.Capitals.Select(c => Regex.Escape(TextNormalizer.Fold(c))).ToList();
            _capitalPatterns[country.Slug] = capitals.Count == 0
                ? new Regex("(?!)")
                : new Regex($@"(?<!\b(?:in|to|from|at)\s)\b(?:{string.Join('|', capitals)})\b", RegexOptions.CultureInvariant);
            foreach (var capital in country.Capitals)
            {
                _places[TextNormalizer.Fold(capital)] = country;
            }
            foreach (var name in country.Names.Concat(country.Adjectives))
            {
                _places[TextNormalizer.Fold(name)] = country;
                foreach (var word in TextNormalizer.Fold(name).Split(' '))
                {
                    _nameStopWords.Add(word);
                }
            }
        }
        foreach (var country in catalog.All)
        {
            _nameStopWords.Add(TextNormalizer.Fold(country.Name));
            foreach (var adjective in country.Adjectives)
            {
                _nameStopWords.Add(TextNormalizer.Fold(adjective));
            }
        }
        LearnInstitutions();
    }

    public string FileName => Article.FileName;

    public void Report(int line, DiagnosticSeverity severity, string message, string? lineText) =>
        Diagnostics.Add(new Diagnostic(FileName, line, severity, message, lineText));

    /// <summary>Which of the article's two countries <paramref name="text"/> names, directly or through an institution.</summary>
    public IReadOnlyList<Country> CountriesMentioned(string text)
    {
        var folded = TextNormalizer.Fold(text);
        var found = new List<Country>();
        foreach (var country in Article.Countries)
        {
            if (_mentionPatterns[country.Slug].IsMatch(folded)
                || (country.Iso3 is not null && (HasCode(text, country.Iso3) || (country.Ioc is { } ioc && HasCode(text, ioc))))
                || (country.Iso3 is not null && TitleWords.LegislatureCountries(text).Contains(country.Iso3))
                || _institutions.Any(i => i.Value == country && ContainsWords(folded, i.Key))
                || _capitalPatterns[country.Slug].IsMatch(folded))
            {
                found.Add(country);
            }
        }
        return found;
    }

    /// <summary>
    /// True when <paramref name="text"/> names the two countries together, as one subject or one compound: "India
    /// and the Federal Democratic Republic of Nepal", "Israel–Jordan", "Polish–Ukrainian".
    /// </summary>
    public bool NamesBothTogether(string text)
    {
        var folded = TextNormalizer.Fold(text);
        var a = _mentionPatterns[Article.CountryA.Slug].Matches(folded);
        var b = _mentionPatterns[Article.CountryB.Slug].Matches(folded);
        return a.Any(x => b.Any(y => Together(folded, x, y) || Together(folded, y, x)));
    }

    private static bool Together(string text, Match first, Match second) =>
        first.Index + first.Length <= second.Index && Joined().IsMatch(text[(first.Index + first.Length)..second.Index]);

    [GeneratedRegex(@"^(?:\s*[-–—/]\s*|\s+(?:and|&)\s+(?:the\s+)?(?:[\p{L}'\-]+\s+){0,5})$")]
    private static partial Regex Joined();

    /// <summary>A three-letter code standing as a word of its own ("HUN", not "HUNGARY").</summary>
    private static bool HasCode(string text, string code)
    {
        for (var i = text.IndexOf(code, StringComparison.Ordinal); i >= 0; i = text.IndexOf(code, i + 1, StringComparison.Ordinal))
        {
            var before = i == 0 || !char.IsLetterOrDigit(text[i - 1]);
            var after = i + code.Length == text.Length || !char.IsLetterOrDigit(text[i + code.Length]);
            if (before && after)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The single country <paramref name="text"/> names, or null when it names none or both.</summary>
    public Country? SingleCountryIn(string text) => CountriesMentioned(text) is [var only] ? only : null;

    /// <summary>One of the two countries by a place name: the country itself, its capital, or a city the article places there.</summary>
    public Country? CountryOfPlace(string place)
    {
        var key = TextNormalizer.Fold(place.Trim());
        key = key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
        return _places.GetValueOrDefault(key) ?? _places.GetValueOrDefault(CountryCatalog.WithoutStateForm(key));
    }

    /// <summary>
    /// Any country a place name points to: one of the pair (as <see cref="CountryOfPlace"/>), else a third country
    /// by its name, adjective or capital ("Copenhagen" is Denmark), else null.
    /// </summary>
    public Country? AnyCountryOfPlace(string place)
    {
        if (CountryOfPlace(place) is { } pair)
        {
            return pair;
        }
        var trimmed = place.Trim();
        return Catalog.FindByName(trimmed) ?? Catalog.FindByCapital(trimmed);
    }

    /// <summary>True when <paramref name="place"/> names a country, a capital or a city the article placed: a place, never a person.</summary>
    public bool IsPlace(string place) => AnyCountryOfPlace(place) is not null;

    /// <summary>True when <paramref name="name"/> is an institution the article ties to a country ("Seimas", "Milli Majlis").</summary>
    public bool IsInstitution(string name) => _institutions.ContainsKey(TextNormalizer.Fold(name.Trim()));

    /// <summary>Teaches the context that <paramref name="city"/> lies in <paramref name="country"/> (from embassy and twin-town facts).</summary>
    public void AddCity(string city, Country country) => _places.TryAdd(TextNormalizer.Fold(city), country);

    /// <summary>A capitalised word that belongs to a title, an institution or a country, so it cannot be part of a person's name.</summary>
    public bool IsTitleWord(string word)
    {
        var folded = TextNormalizer.Fold(word.Trim(',', '.', ';', ':', '(', ')'));
        // "Vice-Minister", "Co-Chair": a compound is a title word when one of its parts is.
        return TitleWords.Contains(folded) || TitleWords.IsLegislature(folded) || _nameStopWords.Contains(folded)
            || (folded.Contains('-', StringComparison.Ordinal) && folded.Split('-').Any(part => TitleWords.Contains(part)));
    }

    [GeneratedRegex(@"\bthe\s+(?<inst>(?:\p{Lu}[\p{L}'’\-]+\s){1,4}?)of\s+(?:the\s+)?(?:(?:Republic|Parliament|Government|State|Kingdom|Federation|Grand\s+Duchy)\s+of\s+(?:the\s+)?)?(?<country>\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}\-]+)?)")]
    private static partial Regex InstitutionOfCountry();

    [GeneratedRegex(@"\bthe\s+(?<adj>\p{Lu}[\p{L}\-]+)\s+(?<inst>(?:\p{Lu}[\p{L}'’\-]+\s?){1,3})")]
    private static partial Regex AdjectiveInstitution();

    /// <summary>"the State Great Khural, Mongolia's parliament".</summary>
    [GeneratedRegex(@"\bthe\s+(?<inst>(?:\p{Lu}[\p{L}'’\-]+\s){0,3}\p{Lu}[\p{L}'’\-]+),\s+(?<country>\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}\-]+)?)(?:'s|’s)\s+(?:[\p{Ll}\-]+\s+)?(?:parliament|legislature|government|senate|assembly|congress|cabinet|ministry|armed forces|central bank|upper house|lower house)")]
    private static partial Regex InstitutionAppositive();

    /// <summary>
    /// Proper names of institutions the article itself ties to one country ("the Milli Majlis of Azerbaijan",
    /// "the Polish Sejm"). Only names with a word outside the generic title vocabulary count, so "Parliament"
    /// alone never says which country.
    /// </summary>
    private void LearnInstitutions()
    {
        foreach (var block in Article.Blocks)
        {
            foreach (Match m in InstitutionOfCountry().Matches(block.Text))
            {
                Learn(m.Groups["inst"].Value, m.Groups["country"].Value);
            }
            foreach (Match m in AdjectiveInstitution().Matches(block.Text))
            {
                Learn(m.Groups["inst"].Value, m.Groups["adj"].Value);
            }
            foreach (Match m in InstitutionAppositive().Matches(block.Text))
            {
                Learn(m.Groups["inst"].Value, m.Groups["country"].Value);
            }
        }
    }

    /// <summary>
    /// Learns an institution of one country. It must be a legislature ("Seimas", "the Polish Sejm") or a name of two
    /// words or more that ends in an institution's noun ("State Great Khural", "Foreign Ministry"): a single common
    /// word ("University") or a title with a person's name ("President Ilham Aliyev") teaches nothing.
    /// </summary>
    private void Learn(string institution, string countryWord)
    {
        var country = CountryOfPlace(countryWord);
        var words = institution.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var folded = words.Select(w => TextNormalizer.Fold(w.Trim(',', '.'))).ToList();
        var isLegislature = folded.Any(TitleWords.IsLegislature);
        var isNamedInstitution = words.Length >= 2 && TitleWords.Contains(folded[^1]) && folded.Any(w => !TitleWords.Contains(w));
        if (country is null || !(isLegislature || isNamedInstitution))
        {
            return;
        }
        var key = string.Join(' ', folded);
        if (_institutions.TryGetValue(key, out var known) && !known.Is(country))
        {
            _institutions.Remove(key);
            return;
        }
        _institutions[key] = country;
    }

    /// <summary>True when <paramref name="words"/> stands in <paramref name="text"/> as whole words.</summary>
    private static bool ContainsWords(string text, string words)
    {
        for (var i = text.IndexOf(words, StringComparison.Ordinal); i >= 0; i = text.IndexOf(words, i + 1, StringComparison.Ordinal))
        {
            var end = i + words.Length;
            if ((i == 0 || !char.IsLetter(text[i - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }
        return false;
    }
}
