using BilateralRelations.Core.Text;

namespace BilateralRelations.Core.Countries;

/// <summary>
/// Every country's names, adjectives, codes and capitals, read from the embedded countries.tsv
/// (data, not logic: see the file's header for its source and licence).
/// </summary>
public sealed class CountryCatalog
{
    private readonly Dictionary<string, Country> _byName;
    private readonly Dictionary<string, Country> _byCode;
    private readonly Dictionary<string, Country> _byCapital;

    public IReadOnlyList<Country> All { get; }

    public CountryCatalog(IEnumerable<Country> countries)
    {
        All = countries.ToList();
        _byName = new(StringComparer.Ordinal);
        _byCode = new(StringComparer.Ordinal);
        _byCapital = new(StringComparer.Ordinal);
        foreach (var c in All)
        {
            foreach (var name in c.Names.Concat(c.Adjectives))
            {
                _byName.TryAdd(TextNormalizer.Fold(name), c);
            }
            foreach (var code in new[] { c.Iso3, c.Ioc }.OfType<string>().Where(code => code.Length == 3))
            {
                _byCode.TryAdd(code, c);
            }
            foreach (var capital in c.Capitals)
            {
                _byCapital.TryAdd(TextNormalizer.Fold(capital), c);
            }
        }
    }

    private static readonly Lazy<CountryCatalog> s_default = new(LoadEmbedded);

    /// <summary>The catalogue shipped with the library.</summary>
    public static CountryCatalog Default => s_default.Value;

    /// <summary>A country by its name, official name, other name or adjective ("Hungarian"), ignoring case and diacritics.</summary>
    public Country? FindByName(string name)
    {
        var key = TextNormalizer.Fold(name.Trim());
        if (key.StartsWith("the ", StringComparison.Ordinal))
        {
            key = key[4..];
        }
        return _byName.GetValueOrDefault(key) ?? _byName.GetValueOrDefault(WithoutStateForm(key));
    }

    private static readonly string[] s_stateForms =
    [
        "republic of ", "kingdom of ", "state of ", "grand duchy of ", "principality of ", "sultanate of ", "federation of ",
        "commonwealth of ", "federal republic of ", "islamic republic of ", "democratic republic of ", "united republic of ",
    ];

    /// <summary>
    /// "kingdom of eswatini" → "eswatini", "state of kuwait" → "kuwait": a folded name without the form of state
    /// before it, for names the catalogue lists only short. Callers try the full name first, so the catalogue's own
    /// long names ("republic of china" is Taiwan) win.
    /// </summary>
    public static string WithoutStateForm(string folded)
    {
        foreach (var form in s_stateForms)
        {
            if (folded.StartsWith(form, StringComparison.Ordinal))
            {
                var rest = folded[form.Length..];
                return rest.StartsWith("the ", StringComparison.Ordinal) ? rest[4..] : rest;
            }
        }
        return folded;
    }

    /// <summary>A country by ISO 3166 alpha-3 or IOC code, exact upper case.</summary>
    public Country? FindByCode(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>The country whose capital is <paramref name="city"/>.</summary>
    public Country? FindByCapital(string city) => _byCapital.GetValueOrDefault(TextNormalizer.Fold(city.Trim()));

    private static CountryCatalog LoadEmbedded()
    {
        using var stream = typeof(CountryCatalog).Assembly.GetManifestResourceStream("countries.tsv")
            ?? throw new InvalidOperationException("countries.tsv is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return new CountryCatalog(Parse(reader.ReadToEnd()));
    }

    internal static IEnumerable<Country> Parse(string tsv)
    {
        foreach (var line in tsv.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var f = line.TrimEnd('\r').Split('\t');
            static IReadOnlyList<string> List(string s) => s.Split('|', StringSplitOptions.RemoveEmptyEntries);
            yield return new Country(
                f[0], f[1], f[2].Length > 0 ? f[2] : null, f[3], f[4], List(f[5]), List(f[6]), List(f[7]),
                f.Length > 8 && f[8].Length > 0 ? f[8] : null);
        }
    }
}
