using BilateralRelations.Web.Data;
using BilateralRelations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace BilateralRelations.Web.Import;

/// <summary>
/// Writes a relation and every fact under it (sections, visits and their delegates, agreements and their parties,
/// missions and their ambassadors, twin towns, memberships, events) with one prepared INSERT per table, in the
/// current transaction. The countries and people it refers to must be saved first (<see cref="InsertNew"/>): they
/// are shared between relations, and the relation's rows refer to them by id.
/// </summary>
internal sealed class RelationInserter(RelationsDbContext db) : IDisposable
{
    private readonly Dictionary<string, RowInserter> _tables = [];

    /// <summary>
    /// Writes the countries, people and spellings that are not stored yet (no id), in the order SaveChanges wrote
    /// them, so that they get the ids they got from it: it inserts in rounds, each of the rows whose principal is
    /// stored by then, table by table in the order they were added. So the new countries; the new people without a
    /// new country; the people of a new country and the new spellings of people stored before; then the spellings of
    /// the new people, of those without a new country first.
    /// </summary>
    public void InsertNew(IEnumerable<Country> countries, IEnumerable<Person> people)
    {
        var newCountries = countries.Where(c => c.Id == 0).ToHashSet();
        var all = people.ToList();
        var (stored, added) = (all.Where(p => p.Id != 0).ToList(), all.Where(p => p.Id == 0).ToList());
        var firstRound = added.Where(p => p.Country is null || !newCountries.Contains(p.Country)).ToList();
        var secondRound = added.Except(firstRound).ToList();
        foreach (var country in countries.Where(newCountries.Contains))
        {
            Row(country);
        }
        foreach (var person in firstRound.Concat(secondRound))
        {
            person.CountryId = person.Country?.Id;
            Row(person);
        }
        foreach (var person in stored.Concat(firstRound).Concat(secondRound))
        {
            foreach (var spelling in person.Spellings.Where(s => s.Id == 0))
            {
                spelling.PersonId = person.Id;
                Row(spelling);
            }
        }
    }

    public void Insert(Relation relation)
    {
        relation.CountryAId = relation.CountryA.Id;
        relation.CountryBId = relation.CountryB.Id;
        Row(relation);
        foreach (var s in relation.Sections)
        {
            s.RelationId = relation.Id;
            Row(s);
        }
        foreach (var v in relation.Visits)
        {
            v.RelationId = relation.Id;
            v.VisitingCountryId = v.VisitingCountry?.Id;
            v.HostCountryId = v.HostCountry?.Id;
            Row(v);
            foreach (var p in v.Participants)
            {
                (p.VisitId, p.PersonId) = (v.Id, p.Person.Id);
                Row(p);
            }
        }
        foreach (var a in relation.Agreements)
        {
            a.RelationId = relation.Id;
            Row(a);
            foreach (var party in a.Parties.OrderBy(c => c.Id)) // key order: deterministic, and the order queries read them in
            {
                Row(new Dictionary<string, object> { ["AgreementId"] = a.Id, ["PartiesId"] = party.Id }, "AgreementParty");
            }
        }
        foreach (var m in relation.Missions)
        {
            m.RelationId = relation.Id;
            (m.SendingCountryId, m.HostCountryId, m.ResidentInCountryId) = (m.SendingCountry.Id, m.HostCountry.Id, m.ResidentInCountry?.Id);
            Row(m);
            foreach (var a in m.Ambassadors)
            {
                (a.MissionId, a.PersonId) = (m.Id, a.Person?.Id);
                Row(a);
            }
        }
        foreach (var s in relation.SisterCities)
        {
            (s.RelationId, s.CountryId, s.PartnerCountryId) = (relation.Id, s.Country?.Id, s.PartnerCountry?.Id);
            Row(s);
        }
        foreach (var m in relation.Memberships)
        {
            (m.RelationId, m.CountryId) = (relation.Id, m.Country.Id);
            Row(m);
        }
        foreach (var e in relation.Events)
        {
            e.RelationId = relation.Id;
            Row(e);
        }
    }

    /// <summary>Writes import diagnostics (their own table, no relation needed).</summary>
    public void Insert(IEnumerable<ImportDiagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Row(d);
        }
    }

    public void Dispose()
    {
        foreach (var table in _tables.Values)
        {
            table.Dispose();
        }
    }

    private void Row(object entity, string? sharedTypeName = null)
    {
        var name = sharedTypeName ?? entity.GetType().FullName!;
        if (!_tables.TryGetValue(name, out var table))
        {
            var type = sharedTypeName is null ? db.Model.FindEntityType(entity.GetType())! : db.Model.FindEntityType(sharedTypeName)!;
            table = new RowInserter(type, db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction());
            _tables[name] = table;
        }
        table.Insert(entity);
    }
}
