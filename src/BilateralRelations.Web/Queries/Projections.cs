using System.Linq.Expressions;
using BilateralRelations.Core.Dates;
using VisitTier = BilateralRelations.Core.Facts.VisitTier;
using VisitKind = BilateralRelations.Core.Facts.VisitKind;
using BilateralRelations.Web.Data;
using BilateralRelations.Web.Data.Entities;
using BilateralRelations.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace BilateralRelations.Web.Queries;

/// <summary>
/// Flat shapes that EF Core translates into SQL; mapped to view models in memory. Facts carry only their
/// relation's id: the relations come from <see cref="RelationCatalog"/> (built once per data version) instead of
/// being joined into every row.
/// </summary>
public static class Projections
{
    public sealed record CountryData(string Slug, string Name, string? Iso3);

    public sealed record RelationData(int Id, string Slug, string Title, CountryData A, CountryData B);

    public sealed record ParticipantData(string Slug, string Name, string Title);

    public sealed record VisitData(
        int Id, string Slug, DateOnly Start, DateOnly End, DatePrecision Precision, List<ParticipantData> People,
        CountryData? Visiting, CountryData? Host, string? LevelHeading, VisitTier Tier, VisitKind Kind, string? Purpose,
        string Description, int Line, string Text, string? Inference, int RelationId);

    public static readonly Expression<Func<Relation, RelationData>> Relation = r => new RelationData(
        r.Id, r.Slug, r.Title,
        new CountryData(r.CountryA.Slug, r.CountryA.Name, r.CountryA.Iso3),
        new CountryData(r.CountryB.Slug, r.CountryB.Name, r.CountryB.Iso3));

    /// <summary>
    /// A visit with its people. Each person's slug is a scalar subquery, not <c>p.Person.Slug</c>: that navigation
    /// makes the participants a join, which SQLite cannot merge into the LEFT JOIN of the collection, so it built
    /// every participant of every visit (40,000 on 1,000 articles) for each page of 100 visits.
    /// </summary>
    public static Expression<Func<Visit, VisitData>> Visit(RelationsDbContext db) => v => new VisitData(
        v.Id, v.Slug, v.StartDate, v.EndDate, v.Precision,
        v.Participants.OrderBy(p => p.Position)
            .Select(p => new ParticipantData(db.People.Where(x => x.Id == p.PersonId).Select(x => x.Slug).First(), p.NameAsWritten, p.Title)).ToList(),
        v.VisitingCountry == null ? null : new CountryData(v.VisitingCountry.Slug, v.VisitingCountry.Name, v.VisitingCountry.Iso3),
        v.HostCountry == null ? null : new CountryData(v.HostCountry.Slug, v.HostCountry.Name, v.HostCountry.Iso3),
        v.LevelHeading, v.Tier, v.Kind, v.Purpose, v.Description, v.SourceLine, v.SourceText, v.Inference, v.RelationId);

    /// <summary>
    /// A visit of a list, without its people and with its countries as ids: the people are read for the whole list
    /// at once after (<see cref="WithPeopleAsync"/>), the countries come from <see cref="RelationCatalog"/>. The people
    /// as a collection inside the visits' query cost EF Core a delegate made for every visit read and the shaping of a
    /// joined row per person (5–8% of a page of 100 visits, 15% of an API answer of 500); the countries joined in
    /// were six more columns read per row.
    /// </summary>
    public sealed record ListedVisit(
        int Id, string Slug, DateOnly Start, DateOnly End, DatePrecision Precision, int? VisitingId, int? HostId,
        string? LevelHeading, VisitTier Tier, VisitKind Kind, string? Purpose, string Description, int Line, string Text,
        string? Inference, int RelationId)
    {
        public List<ParticipantData> People { get; } = [];

        public VisitRow ToRow(IReadOnlyDictionary<int, RelationData> relations, IReadOnlyDictionary<int, CountryData> countries)
        {
            var r = relations[RelationId];
            return new VisitRow(
                Slug,
                FuzzyDates.From(Start, End, Precision),
                People.ConvertAll(p => new PersonLink(p.Slug, p.Name, p.Title)),
                VisitingId is { } visiting ? countries[visiting].ToRef(r) : null,
                HostId is { } host ? countries[host].ToRef(r) : null,
                LevelHeading, Tier, Kind, Purpose, Description,
                r.Source(Line, Text, Inference),
                r.ToLink());
        }
    }

    public static readonly Expression<Func<Visit, ListedVisit>> Listed = v => new ListedVisit(
        v.Id, v.Slug, v.StartDate, v.EndDate, v.Precision, v.VisitingCountryId, v.HostCountryId,
        v.LevelHeading, v.Tier, v.Kind, v.Purpose, v.Description, v.SourceLine, v.SourceText, v.Inference, v.RelationId);

    /// <summary>A visit's person as a list reads them, with the visit it belongs to.</summary>
    public sealed record VisitPerson(int VisitId, string Slug, string Name, string Title);

    /// <summary>The people of the visits with these ids, by visit and position, in one query.</summary>
    /// <remarks>Compiled once: built per request, the query's expression (a list of ids captured from a local) cost
    /// EF Core a closure compiled by its interpreter and a query-cache look-up every time.</remarks>
    public static readonly Func<RelationsDbContext, int[], IAsyncEnumerable<VisitPerson>> PeopleOfVisits = EF.CompileAsyncQuery(
        (RelationsDbContext db, int[] ids) => db.VisitParticipants.AsNoTracking()
            .Where(p => ids.Contains(p.VisitId))
            .OrderBy(p => p.VisitId).ThenBy(p => p.Position)
            .Select(p => new VisitPerson(p.VisitId, p.Person.Slug, p.NameAsWritten, p.Title)));

    /// <summary>The people of <paramref name="visits"/> (read with <see cref="Listed"/>), in their order, in one query for them all.</summary>
    public static async Task<List<ListedVisit>> WithPeopleAsync(this List<ListedVisit> visits, RelationsDbContext db, CancellationToken ct)
    {
        if (visits.Count == 0)
        {
            return visits;
        }
        var ids = new int[visits.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = visits[i].Id;
        }
        return await visits.WithPeopleFromAsync(PeopleOfVisits(db, ids), ct);
    }

    /// <summary>The people <paramref name="people"/> (of these visits and maybe others) added to their visits.</summary>
    public static async Task<List<ListedVisit>> WithPeopleFromAsync(this List<ListedVisit> visits, IAsyncEnumerable<VisitPerson> people, CancellationToken ct)
    {
        var byId = visits.ToDictionary(v => v.Id);
        await foreach (var p in people.WithCancellation(ct))
        {
            if (byId.TryGetValue(p.VisitId, out var visit))
            {
                visit.People.Add(new ParticipantData(p.Slug, p.Name, p.Title));
            }
        }
        return visits;
    }

    public static RelationLink ToLink(this RelationData r) =>
        new(r.Slug, r.Title, new CountryRef(r.A.Slug, r.A.Name, r.A.Iso3, "a"), new CountryRef(r.B.Slug, r.B.Name, r.B.Iso3, "b"));

    /// <summary>The country with its colour side in this relation (A or B), or no side for a third country.</summary>
    public static CountryRef ToRef(this CountryData c, RelationData r) =>
        new(c.Slug, c.Name, c.Iso3, c.Slug == r.A.Slug ? "a" : c.Slug == r.B.Slug ? "b" : "");

    public static SourceRef Source(this RelationData r, int line, string text, string? inference = null) => new(r.Slug, line, text, inference);

    public static VisitRow ToRow(this VisitData v, IReadOnlyDictionary<int, RelationData> relations)
    {
        var r = relations[v.RelationId];
        return new VisitRow(
            v.Slug,
            FuzzyDates.From(v.Start, v.End, v.Precision),
            v.People.Select(p => new PersonLink(p.Slug, p.Name, p.Title)).ToList(),
            v.Visiting?.ToRef(r),
            v.Host?.ToRef(r),
            v.LevelHeading, v.Tier, v.Kind, v.Purpose, v.Description,
            r.Source(v.Line, v.Text, v.Inference),
            r.ToLink());
    }
}
