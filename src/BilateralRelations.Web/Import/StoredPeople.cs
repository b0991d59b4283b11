using BilateralRelations.Web.Data;
using BilateralRelations.Web.Data.Entities;

namespace BilateralRelations.Web.Import;

/// <summary>
/// The countries and people (with their spellings) stored so far, read once for a whole import run instead of once
/// per article: every article looked up its people by slug and surname, and a corpus's few surnames made that load
/// and track most people again each time. One instance per row (a person's country is the country held), so an id
/// or a change given to a row is seen wherever it is referred to. It holds only committed rows: an article's new and changed rows are added by
/// <see cref="Commit"/> after its transaction commits, and anything that may have changed stored rows in another
/// way (a failed article, people removed as orphans) calls <see cref="Reset"/>, so the next article reads them again.
/// </summary>
internal sealed class StoredPeople
{
    private Dictionary<string, Country>? _countries;
    private Dictionary<string, Person> _bySlug = new(StringComparer.Ordinal);
    private Dictionary<string, SortedList<int, Person>> _bySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<Person, string> _indexedSurname = [];

    /// <summary>Every stored country by slug (read on first use).</summary>
    public async Task<IReadOnlyDictionary<string, Country>> CountriesAsync(RelationsDbContext db, CancellationToken ct)
    {
        await LoadAsync(db, ct);
        return _countries!;
    }

    /// <summary>
    /// The stored people with one of these slugs or surnames, in key order: what the query per article returned, in
    /// its order (a person two rules could match is the first in key order).
    /// </summary>
    public async Task<List<Person>> MatchingAsync(RelationsDbContext db, IEnumerable<string> slugs, IEnumerable<string> surnames, CancellationToken ct)
    {
        await LoadAsync(db, ct);
        var found = new SortedList<int, Person>();
        foreach (var slug in slugs)
        {
            if (_bySlug.TryGetValue(slug, out var person))
            {
                found.TryAdd(person.Id, person);
            }
        }
        foreach (var surname in surnames)
        {
            foreach (var person in _bySurname.GetValueOrDefault(surname)?.Values ?? [])
            {
                found.TryAdd(person.Id, person);
            }
        }
        return [.. found.Values];
    }

    /// <summary>An article's countries and people, as its committed transaction stored them (ids assigned).</summary>
    public void Commit(IEnumerable<Country> countries, IEnumerable<Person> people)
    {
        if (_countries is null)
        {
            return;
        }
        foreach (var country in countries)
        {
            _countries[country.Slug] = country;
        }
        foreach (var person in people)
        {
            Index(person);
        }
    }

    /// <summary>Stored rows may differ from what is held: read them again when next asked.</summary>
    public void Reset() => _countries = null;

    /// <summary>Reads the stored rows, unless they are held already.</summary>
    public async Task LoadAsync(RelationsDbContext db, CancellationToken ct)
    {
        if (_countries is null)
        {
            Hold(await ImportSql.CountriesAsync(db, ct), await ImportSql.PeopleAsync(db, ct));
        }
    }

    /// <summary>Holds these rows as the stored ones (the people in key order, each with their spellings).</summary>
    public void Hold(IEnumerable<Country> countries, IEnumerable<Person> people)
    {
        var bySlug = countries.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        var byId = bySlug.Values.ToDictionary(c => c.Id);
        (_bySlug, _bySurname) = (new(StringComparer.Ordinal), new(StringComparer.Ordinal));
        _indexedSurname.Clear();
        foreach (var person in people)
        {
            person.Country = person.CountryId is { } id ? byId[id] : null; // the one instance of the country
            Index(person);
        }
        _countries = bySlug;
    }

    private void Index(Person person)
    {
        _bySlug[person.Slug] = person;
        if (_indexedSurname.TryGetValue(person, out var old) && old != person.Surname)
        {
            _bySurname[old].Remove(person.Id); // a person stored before surnames were, given one
        }
        if (!_bySurname.TryGetValue(person.Surname, out var list))
        {
            _bySurname[person.Surname] = list = [];
        }
        list[person.Id] = person;
        _indexedSurname[person] = person.Surname;
    }
}
