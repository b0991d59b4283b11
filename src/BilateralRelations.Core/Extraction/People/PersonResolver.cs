using BilateralRelations.Core.Countries;
using BilateralRelations.Core.Facts;
using BilateralRelations.Core.Text;

namespace BilateralRelations.Core.Extraction.People;

/// <summary>
/// Groups the spellings of an article into people ("Péter Szijjártó" = "Peter Sijjarto"; "E.Mammadyarov" = "Elmar
/// Mammadyarov" when no other Mammadyarov with that initial is named) and gathers what the article says about each
/// person's country, with the line that says it. A person with evidence for both countries has none.
/// </summary>
public sealed class PersonResolver
{
    private sealed class Cluster
    {
        public List<string> Spellings { get; } = [];
        public List<PersonName> Names { get; } = [];
        public string Slug { get; set; } = "";
    }

    private readonly List<Cluster> _clusters = [];
    private readonly Dictionary<string, Cluster> _bySpelling = new(StringComparer.Ordinal);
    private readonly List<string> _pending = [];
    private readonly List<(string Spelling, Country Country, int Line)> _evidence = [];

    /// <summary>Registers a spelling; it joins a person when <see cref="Resolve"/> groups them.</summary>
    public void Add(string spelling)
    {
        if (!_pending.Contains(spelling) && !_bySpelling.ContainsKey(spelling))
        {
            _pending.Add(spelling);
        }
    }

    /// <summary>Records that line <paramref name="line"/> ties the person spelt <paramref name="spelling"/> to <paramref name="country"/>.</summary>
    public void AddCountryEvidence(string spelling, Country country, int line) => _evidence.Add((spelling, country, line));

    public IEnumerable<string> Spellings
    {
        get
        {
            Group();
            return _bySpelling.Keys;
        }
    }

    /// <summary>The person's country and the first line that gives it, when every piece of evidence agrees; else null.</summary>
    public (Country Country, int Line)? EvidenceFor(string spelling)
    {
        Group();
        if (!_bySpelling.TryGetValue(spelling, out var cluster))
        {
            return null;
        }
        var evidence = EvidenceOf(cluster);
        return evidence.DistinctBy(e => e.Country.Slug).Count() == 1 ? evidence.MinBy(e => e.Line) : null;
    }

    private List<(Country Country, int Line)> EvidenceOf(Cluster cluster) =>
        _evidence.Where(e => _bySpelling.GetValueOrDefault(e.Spelling) == cluster).Select(e => (e.Country, e.Line)).ToList();

    public string SlugOf(string spelling) => _bySpelling[spelling].Slug;

    /// <summary>
    /// Full spellings first, then initials: a spelling joins the one person it can be. An initial that fits two
    /// people ("E. Aliyev" with Elmar and Emil Aliyev) stays a person of its own.
    /// </summary>
    private void Group()
    {
        if (_pending.Count == 0)
        {
            return;
        }
        // Regrouped from scratch each time spellings arrive, full spellings first, so that an initial added early
        // ("H.Aliyev") cannot gather two full names added later (Heydar and Hasan Aliyev).
        var spellings = _bySpelling.Keys.Concat(_pending).Distinct(StringComparer.Ordinal).ToList();
        _pending.Clear();
        _clusters.Clear();
        _bySpelling.Clear();
        foreach (var spelling in spellings.OrderByDescending(s => PersonName.Parse(s).HasFullGivenName))
        {
            var name = PersonName.Parse(spelling);
            // A surname alone ("Erdoğan") is the one person of the article with that surname, if there is one.
            var fits = name.Given.Count == 0
                ? _clusters.Where(c => c.Names.Any(n => n.Given.Count > 0 && n.Surname == name.Surname)).ToList()
                : _clusters.Where(c => c.Names.Any(n => n.IsSamePersonAs(name))).ToList();
            var cluster = fits.Count == 1 ? fits[0] : null;
            if (cluster is null)
            {
                cluster = new Cluster();
                _clusters.Add(cluster);
            }
            cluster.Spellings.Add(spelling);
            cluster.Names.Add(name);
            _bySpelling[spelling] = cluster;
        }
    }

    /// <summary>Names each person by its most frequent full spelling and gives it a unique slug.</summary>
    public IReadOnlyList<PersonFact> Resolve(IReadOnlyDictionary<string, int> spellingCounts)
    {
        Group();
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
            var countries = EvidenceOf(cluster).Select(e => e.Country).DistinctBy(c => c.Slug).ToList();
            people.Add(new PersonFact(cluster.Slug, name, cluster.Spellings.ToList(), countries.Count == 1 ? countries[0] : null));
        }
        return people;
    }
}
