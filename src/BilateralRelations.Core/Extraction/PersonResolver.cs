using BilateralRelations.Core.Countries;
using BilateralRelations.Core.Facts;
using BilateralRelations.Core.Text;

namespace BilateralRelations.Core.Extraction;

/// <summary>
/// Groups the spellings of an article into people ("Péter Szijjártó" = "Peter Sijjarto") and gathers
/// what the article says about each person's country. A person with evidence for both countries has none.
/// </summary>
public sealed class PersonResolver
{
    private sealed class Cluster
    {
        public List<string> Spellings { get; } = [];
        public List<PersonName> Names { get; } = [];
        public HashSet<string> CountrySlugs { get; } = [];
        public List<Country> Countries { get; } = [];
        public string Slug { get; set; } = "";
    }

    private readonly List<Cluster> _clusters = [];
    private readonly Dictionary<string, Cluster> _bySpelling = new(StringComparer.Ordinal);

    /// <summary>Registers a spelling and returns the group it joins.</summary>
    public void Add(string spelling)
    {
        if (_bySpelling.ContainsKey(spelling))
        {
            return;
        }
        var name = PersonName.Parse(spelling);
        var cluster = _clusters.FirstOrDefault(c => c.Names.Any(n => n.IsSamePersonAs(name)));
        if (cluster is null)
        {
            cluster = new Cluster();
            _clusters.Add(cluster);
        }
        cluster.Spellings.Add(spelling);
        cluster.Names.Add(name);
        _bySpelling[spelling] = cluster;
    }

    /// <summary>Records that the article ties the person spelt <paramref name="spelling"/> to <paramref name="country"/>.</summary>
    public void AddCountryEvidence(string spelling, Country country)
    {
        var cluster = _bySpelling[spelling];
        if (cluster.CountrySlugs.Add(country.Slug))
        {
            cluster.Countries.Add(country);
        }
    }

    public IEnumerable<string> Spellings => _bySpelling.Keys;

    /// <summary>The person's country when every piece of evidence agrees, else null.</summary>
    public Country? CountryOf(string spelling) =>
        _bySpelling.TryGetValue(spelling, out var c) && c.Countries.Count == 1 ? c.Countries[0] : null;

    public string SlugOf(string spelling) => _bySpelling[spelling].Slug;

    /// <summary>Names each person by its most frequent full spelling and gives it a unique slug.</summary>
    public IReadOnlyList<PersonFact> Resolve(IReadOnlyDictionary<string, int> spellingCounts)
    {
        var slugs = new Slug.Registry();
        var people = new List<PersonFact>();
        foreach (var cluster in _clusters)
        {
            var name = cluster.Spellings
                .OrderByDescending(s => PersonName.Parse(s).HasFullGivenName)
                .ThenByDescending(s => spellingCounts.GetValueOrDefault(s))
                .ThenByDescending(TextNormalizer.DiacriticCount)
                .First();
            cluster.Slug = slugs.Claim(Slug.From(name));
            people.Add(new PersonFact(cluster.Slug, name, cluster.Spellings.ToList(), cluster.Countries.Count == 1 ? cluster.Countries[0] : null));
        }
        return people;
    }
}
