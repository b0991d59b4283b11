using BilateralRelations.Web.Data;
using BilateralRelations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace BilateralRelations.Web.Import;

/// <summary>
/// Writes a relation and every fact under it (sections, visits and their delegates, agreements and their parties,
/// missions and their ambassadors, twin towns, memberships, events) with one prepared INSERT per table, in the
/// current transaction. The countries and people it refers to must already be saved (they have ids): they are
/// shared between relations and go through EF, which also updates a known person's name or country.
/// </summary>
internal sealed class RelationInserter(RelationsDbContext db) : IDisposable
{
    private readonly Dictionary<string, RowInserter> _tables = [];

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
