using BilateralRelations.Core.Dates;
using BilateralRelations.Core.Facts;
using BilateralRelations.Core.Text;
using BilateralRelations.Web.Data;
using BilateralRelations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using CoreCountry = BilateralRelations.Core.Countries.Country;

namespace BilateralRelations.Web.Import;

/// <summary>
/// Turns the facts of one article into entities. Countries and people are shared by all relations, so they are
/// looked up by slug first; visit slugs are global, so one that another relation already uses gets the relation's
/// slug appended (deterministic, so permalinks survive re-imports).
/// </summary>
internal sealed class RelationWriter(RelationsDbContext db)
{
    private readonly Dictionary<string, Country> _countries = [];
    private readonly Dictionary<string, Person> _people = [];

    public async Task<Relation> WriteAsync(ExtractedRelation facts, string slug, string hash, CancellationToken ct)
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
            ContentHash = hash,
            ImportedAt = DateTimeOffset.UtcNow,
            ArticleText = string.Join('\n', article.Lines),
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
            var person = PersonFor(p.Slug, p.Name, p.Country);
            foreach (var spelling in p.Spellings.Where(s => person.Spellings.All(x => x.Spelling != s)))
            {
                person.Spellings.Add(new PersonSpelling { Spelling = spelling });
            }
        }

        // Only this article's candidate slugs are looked up: one query, however large the corpus.
        var candidates = facts.Visits.Select(v => v.Slug).ToList();
        var takenVisitSlugs = (await db.Visits.Where(v => candidates.Contains(v.Slug) && v.Relation.FileName != article.FileName)
            .Select(v => v.Slug).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
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
                Level = v.Level,
                LevelSlug = Slug.From(v.Level),
                Tier = v.Tier,
                Kind = v.Kind,
                VisitingCountry = CountryOrNull(v.VisitingCountry),
                HostCountry = CountryOrNull(v.HostCountry),
                Purpose = v.Purpose,
                Description = v.Description,
                SourceLine = v.Source.Line,
                SourceText = v.Source.Text,
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
                OpenedStart = m.Opened?.Start,
                OpenedEnd = m.Opened?.End,
                OpenedPrecision = m.Opened?.Precision,
                OpenedSourceLine = m.OpenedSource?.Line,
                OpenedSourceText = m.OpenedSource?.Text,
                SourceLine = m.Source.Line,
                SourceText = m.Source.Text,
            };
            foreach (var a in m.Ambassadors)
            {
                mission.Ambassadors.Add(new Ambassador
                {
                    Name = a.Name,
                    Person = PersonFor(Slug.From(a.Name), a.Name, m.SendingCountry),
                    SinceStart = a.Since?.Start,
                    SinceEnd = a.Since?.End,
                    SincePrecision = a.Since?.Precision,
                    SourceLine = a.Source.Line,
                    SourceText = a.Source.Text,
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
        }));

        db.Relations.Add(relation);
        return relation;
    }

    /// <summary>Reads every country and person this article refers to in two queries, instead of one per fact.</summary>
    private async Task PreloadAsync(ExtractedRelation facts, CancellationToken ct)
    {
        var countrySlugs = facts.Article.Countries.Select(c => c.Slug)
            .Concat(facts.Visits.SelectMany(v => new[] { v.VisitingCountry?.Slug, v.HostCountry?.Slug }).OfType<string>())
            .Concat(facts.Missions.SelectMany(m => new[] { m.SendingCountry.Slug, m.HostCountry.Slug }))
            .Concat(facts.SisterCities.SelectMany(s => new[] { s.Country?.Slug, s.PartnerCountry?.Slug }).OfType<string>())
            .Concat(facts.Memberships.Select(m => m.Country.Slug))
            .Concat(facts.People.Select(p => p.Country?.Slug).OfType<string>())
            .Distinct().ToList();
        foreach (var country in await db.Countries.Where(c => countrySlugs.Contains(c.Slug)).ToListAsync(ct))
        {
            _countries[country.Slug] = country;
        }
        var personSlugs = facts.People.Select(p => p.Slug)
            .Concat(facts.Missions.SelectMany(m => m.Ambassadors).Select(a => Slug.From(a.Name)))
            .Distinct().ToList();
        foreach (var person in await db.People.Include(p => p.Spellings).Include(p => p.Country).Where(p => personSlugs.Contains(p.Slug)).ToListAsync(ct))
        {
            _people[person.Slug] = person;
        }
    }

    private Country? CountryOrNull(CoreCountry? country) => country is null ? null : CountryFor(country);

    private Country CountryFor(CoreCountry country)
    {
        if (!_countries.TryGetValue(country.Slug, out var entity))
        {
            entity = db.Countries.Add(new Country
            {
                Slug = country.Slug,
                Name = country.Name,
                Iso3 = country.Iso3,
                Iso2 = country.Iso2,
                Adjective = country.Adjective,
            }).Entity;
            _countries[country.Slug] = entity;
        }
        return entity;
    }

    private Person PersonFor(string slug, string name, CoreCountry? country)
    {
        if (!_people.TryGetValue(slug, out var person))
        {
            person = db.People.Add(new Person { Slug = slug, Name = name }).Entity;
            _people[slug] = person;
        }
        if (person.CountryId is null && person.Country is null && country is not null)
        {
            person.Country = CountryFor(country);
        }
        return person;
    }
}
