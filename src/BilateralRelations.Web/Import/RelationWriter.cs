using BilateralRelations.Core.Dates;
using BilateralRelations.Core.Extraction.People;
using BilateralRelations.Core.Facts;
using BilateralRelations.Core.Text;
using BilateralRelations.Web.Data;
using BilateralRelations.Web.Data.Entities;
using CoreCountry = BilateralRelations.Core.Countries.Country;

namespace BilateralRelations.Web.Import;

/// <summary>
/// Turns the facts of one article into entities. Countries and people are shared by all relations, so they are
/// looked up first: a person by slug, or by surname when one spelling has an initial and exactly one known person
/// fits it ("E.Mammadyarov" in one article, "Elmar Mammadyarov" in another). Visit slugs are global, so one that
/// another relation already uses gets the relation's slug appended (deterministic, so permalinks survive re-imports).
/// The stored countries and people come from <paramref name="stored"/>, shared by the articles of one import run;
/// <see cref="Committed"/> hands it this article's. Nothing is tracked by EF: <see cref="SaveCountriesAndPeopleAsync"/>
/// writes what the article adds or changes of them.
/// </summary>
internal sealed class RelationWriter(RelationsDbContext db, StoredPeople stored)
{
    private readonly Dictionary<string, Country> _countries = [];
    private readonly Dictionary<string, Person> _people = [];
    private readonly HashSet<Person> _changed = []; // stored people whose name, surname or country the article changed

    public async Task<Relation> WriteAsync(ExtractedRelation facts, string slug, string hash, string sourceFile, CancellationToken ct)
    {
        await PreloadAsync(facts, ct);
        var article = facts.Article;
        var relation = new Relation
        {
            Slug = slug,
            Title = article.Title,
            CountryA = CountryFor(article.CountryA),
            CountryB = CountryFor(article.CountryB),
            FileName = article.FileName,
            SourceFile = sourceFile,
            SourceFormat = article.Format,
            ContentHash = hash,
            ImportedAt = DateTimeOffset.UtcNow,
            ArticleText = ArticleText.Encode(article.Lines),
        };
        var anchors = new Slug.Registry();
        relation.Sections.AddRange(article.Sections.Skip(1).Select(s => new ArticleSection
        {
            Level = s.Level,
            Heading = s.Heading,
            Anchor = anchors.Claim(Slug.From(s.Heading)),
            Line = s.Line,
        }));

        foreach (var p in facts.People)
        {
            var person = PersonFor(p);
            foreach (var spelling in p.Spellings.Where(s => person.Spellings.All(x => x.Spelling != s)))
            {
                person.Spellings.Add(new PersonSpelling { Spelling = spelling });
            }
        }

        // Only this article's candidate slugs are looked up: one query, however large the corpus.
        var candidates = facts.Visits.Select(v => v.Slug).ToList();
        var takenVisitSlugs = await ImportSql.VisitSlugsTakenAsync(db, candidates, article.FileName, ct);
        var visitSlugs = new Slug.Registry();
        foreach (var taken in takenVisitSlugs)
        {
            visitSlugs.Claim(taken);
        }
        foreach (var v in facts.Visits)
        {
            var visit = new Visit
            {
                Slug = takenVisitSlugs.Contains(v.Slug) ? visitSlugs.Claim($"{v.Slug}-{slug}") : visitSlugs.Claim(v.Slug),
                StartDate = v.Date.Start,
                EndDate = v.Date.End,
                Precision = v.Date.Precision,
                LevelHeading = v.LevelHeading,
                Tier = v.Tier,
                Kind = v.Kind,
                VisitingCountry = CountryOrNull(v.VisitingCountry),
                HostCountry = CountryOrNull(v.HostCountry),
                Purpose = v.Purpose,
                Description = v.Description,
                SourceLine = v.Source.Line,
                SourceText = v.Source.Text,
                Inference = InferenceOf(v.Basis),
            };
            visit.Participants.AddRange(v.Delegation.Select((d, i) => new VisitParticipant
            {
                Person = _people[d.PersonSlug],
                Position = i,
                NameAsWritten = d.Name,
                Title = d.Title,
            }));
            relation.Visits.Add(visit);
        }

        var parties = new List<Country> { relation.CountryA, relation.CountryB };
        relation.Agreements.AddRange(facts.Agreements.Select(a => new Agreement
        {
            Slug = a.Slug,
            StartDate = a.Date?.Start,
            EndDate = a.Date?.End,
            Precision = a.Date?.Precision,
            Title = a.Title,
            Parties = parties,
            SourceLine = a.Source.Line,
            SourceText = a.Source.Text,
            Inference = InferenceOf(a.Basis),
        }));

        foreach (var m in facts.Missions)
        {
            var mission = new DiplomaticMission
            {
                Slug = m.Slug,
                SendingCountry = CountryFor(m.SendingCountry),
                HostCountry = CountryFor(m.HostCountry),
                Kind = m.Kind,
                City = m.City,
                ResidentInCountry = CountryOrNull(m.ResidentIn),
                OpenedStart = m.Opened?.Start,
                OpenedEnd = m.Opened?.End,
                OpenedPrecision = m.Opened?.Precision,
                OpenedSourceLine = m.OpenedSource?.Line,
                OpenedSourceText = m.OpenedSource?.Text,
                SourceLine = m.Source.Line,
                SourceText = m.Source.Text,
                Inference = InferenceOf(m.Basis),
            };
            foreach (var a in m.Ambassadors)
            {
                mission.Ambassadors.Add(new Ambassador
                {
                    Name = a.Name,
                    Person = _people.GetValueOrDefault(a.PersonSlug),
                    SinceStart = a.Since?.Start,
                    SinceEnd = a.Since?.End,
                    SincePrecision = a.Since?.Precision,
                    SourceLine = a.Source.Line,
                    SourceText = a.Source.Text,
                    Inference = InferenceOf(a.Basis),
                });
            }
            relation.Missions.Add(mission);
        }

        foreach (var s in facts.SisterCities)
        {
            relation.SisterCities.Add(new SisterCityPair
            {
                Slug = s.Slug,
                City = s.City,
                Country = CountryOrNull(s.Country),
                PartnerCity = s.PartnerCity,
                PartnerCountry = CountryOrNull(s.PartnerCountry),
                SourceLine = s.Source.Line,
                SourceText = s.Source.Text,
                Inference = InferenceOf(s.Basis),
            });
        }

        foreach (var m in facts.Memberships)
        {
            relation.Memberships.Add(new Membership
            {
                Slug = m.Slug,
                Organisation = m.Organisation,
                Country = CountryFor(m.Country),
                Status = m.Status,
                SinceStart = m.Since?.Start,
                SinceEnd = m.Since?.End,
                SincePrecision = m.Since?.Precision,
                SourceLine = m.Source.Line,
                SourceText = m.Source.Text,
                Inference = InferenceOf(m.Basis),
            });
        }

        relation.Events.AddRange(facts.Events.Select(e => new Event
        {
            Slug = e.Slug,
            StartDate = e.Date.Start,
            EndDate = e.Date.End,
            Precision = e.Date.Precision,
            Kind = e.Kind,
            Title = e.Title,
            SourceLine = e.Source.Line,
            SourceText = e.Source.Text,
            Inference = InferenceOf(e.Basis),
        }));

        return relation; // RelationInserter writes it, after SaveCountriesAndPeopleAsync has given them ids
    }

    /// <summary>The countries the article refers to, stored or new with it.</summary>
    public IEnumerable<Country> Countries => _countries.Values;

    /// <summary>The people the article refers to, stored or new with it.</summary>
    public IEnumerable<Person> People => _people.Values.Distinct();

    /// <summary>
    /// Writes the countries, people and spellings the article adds (those without an id yet) and the stored people it
    /// changed, in the current transaction, before the relation that refers to them by id.
    /// </summary>
    public async Task SaveCountriesAndPeopleAsync(RelationInserter inserter, CancellationToken ct)
    {
        inserter.InsertNew(Countries, People);
        foreach (var person in _changed)
        {
            person.CountryId = person.Country?.Id; // a country new with this article has its id now
            await ImportSql.UpdatePersonAsync(db, person, ct);
        }
    }

    /// <summary>The article's transaction committed: its countries and people (new, or changed) are as stored now.</summary>
    public void Committed() => stored.Commit(Countries, People);

    /// <summary>Finds every stored country and person this article refers to.</summary>
    private async Task PreloadAsync(ExtractedRelation facts, CancellationToken ct)
    {
        var countrySlugs = facts.Article.Countries.Select(c => c.Slug)
            .Concat(facts.Visits.SelectMany(v => new[] { v.VisitingCountry?.Slug, v.HostCountry?.Slug }).OfType<string>())
            .Concat(facts.Missions.SelectMany(m => new[] { m.SendingCountry.Slug, m.HostCountry.Slug }))
            .Concat(facts.SisterCities.SelectMany(s => new[] { s.Country?.Slug, s.PartnerCountry?.Slug }).OfType<string>())
            .Concat(facts.Memberships.Select(m => m.Country.Slug))
            .Concat(facts.People.Select(p => p.Country?.Slug).OfType<string>())
            .Distinct().ToList();
        var countries = await stored.CountriesAsync(db, ct);
        foreach (var slug in countrySlugs)
        {
            if (countries.TryGetValue(slug, out var country))
            {
                _countries[slug] = country;
            }
        }
        var personSlugs = facts.People.Select(p => p.Slug).ToList();
        var surnames = facts.People.Select(p => SurnameOf(p.Name)).Distinct().ToList();
        var known = await stored.MatchingAsync(db, personSlugs, surnames, ct);
        // The same slug or a shared spelling is the same person. Else, when one name has only an initial, the one known
        // person it fits ("E.Mammadyarov" and "Elmar Mammadyarov"); a known person two of this article's people fit
        // is neither's.
        var byInitial = new List<(string Slug, Person Known)>();
        foreach (var p in facts.People)
        {
            if (known.FirstOrDefault(k => k.Slug == p.Slug || k.Spellings.Any(s => p.Spellings.Contains(s.Spelling))) is { } same)
            {
                _people[p.Slug] = same;
                continue;
            }
            var name = PersonName.Parse(p.Name);
            var fits = known.Where(k => k.Surname == SurnameOf(p.Name) && (!name.HasFullGivenName || !PersonName.Parse(k.Name).HasFullGivenName || k.Spellings.Any(s => !PersonName.Parse(s.Spelling).HasFullGivenName))
                && k.Spellings.Select(x => x.Spelling).Append(k.Name).Any(s => PersonName.Parse(s).IsSamePersonAs(name))).ToList();
            if (fits is [var fit])
            {
                byInitial.Add((p.Slug, fit));
            }
        }
        foreach (var (slug, person) in byInitial.GroupBy(m => m.Known).Where(g => g.Count() == 1).Select(g => g.Single()))
        {
            _people[slug] = person;
        }
    }

    private static string? InferenceOf(Basis basis) => basis.IsInferred ? basis.Reason : null;

    private static string SurnameOf(string name) => PersonName.Parse(name).Surname;

    private Country? CountryOrNull(CoreCountry? country) => country is null ? null : CountryFor(country);

    private Country CountryFor(CoreCountry country)
    {
        if (!_countries.TryGetValue(country.Slug, out var entity))
        {
            entity = new Country
            {
                Slug = country.Slug,
                Name = country.Name,
                Iso3 = country.Iso3,
                Iso2 = country.Iso2,
                Adjective = country.Adjective,
            };
            _countries[country.Slug] = entity;
        }
        return entity;
    }

    private Person PersonFor(PersonFact fact)
    {
        if (!_people.TryGetValue(fact.Slug, out var person))
        {
            person = new Person { Slug = fact.Slug, Name = fact.Name, Surname = SurnameOf(fact.Name) };
            _people[fact.Slug] = person;
        }
        else if (PersonName.Parse(fact.Name).HasFullGivenName && !PersonName.Parse(person.Name).HasFullGivenName)
        {
            person.Name = fact.Name; // the full name names the person better than an initial
            Changed(person);
        }
        if (person.Surname.Length == 0)
        {
            person.Surname = SurnameOf(person.Name); // a person stored before surnames were
            Changed(person);
        }
        if (person.CountryId is null && person.Country is null && fact.Country is not null)
        {
            person.Country = CountryFor(fact.Country);
            Changed(person);
        }
        return person;
    }

    /// <summary>A stored person is updated; a new one is written as it is when the article is saved.</summary>
    private void Changed(Person person)
    {
        if (person.Id != 0)
        {
            _changed.Add(person);
        }
    }
}
