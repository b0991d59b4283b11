using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace BilateralRelations.Web.Import;

/// <summary>
/// One prepared INSERT for one table, reused for every row of an import's transaction. Its columns and the
/// conversion of each value (enums as names, dates as text) come from the EF model's own mapping, so a row is
/// written exactly as SaveChanges would write it, without change tracking and its per-entity work. A key the
/// database generates is read back (RETURNING) and set on the entity, for the rows that refer to it.
/// </summary>
internal sealed class RowInserter : IDisposable
{
    private readonly DbCommand _command;
    private readonly (IProperty Property, RelationalTypeMapping Mapping, string Name)[] _columns;
    private readonly IProperty? _generatedKey;

    public RowInserter(IEntityType type, DbConnection connection, DbTransaction? transaction)
    {
        var mapping = type.GetTableMappings().Single();
        var key = type.FindPrimaryKey()?.Properties is [var only] && only.ValueGenerated == ValueGenerated.OnAdd ? only : null;
        _generatedKey = key;
        _columns = [.. mapping.ColumnMappings.Where(c => c.Property != key)
            .Select((c, i) => (c.Property, (RelationalTypeMapping)c.TypeMapping, $"$p{i}"))];
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        var columns = string.Join(", ", mapping.ColumnMappings.Where(c => c.Property != key).Select(c => $"\"{c.Column.Name}\""));
        _command.CommandText = $"INSERT INTO \"{mapping.Table.Name}\" ({columns}) VALUES ({string.Join(", ", _columns.Select(c => c.Name))})"
            + (key is null ? "" : $" RETURNING \"{mapping.ColumnMappings.Single(c => c.Property == key).Column.Name}\"");
    }

    /// <summary>Inserts <paramref name="entity"/> (a CLR entity, or a property bag of a shared-type one such as a join).</summary>
    public void Insert(object entity)
    {
        _command.Parameters.Clear();
        foreach (var (property, mapping, name) in _columns)
        {
            _command.Parameters.Add(mapping.CreateParameter(_command, name, ValueOf(property, entity), property.IsNullable));
        }
        if (_generatedKey is null)
        {
            _command.ExecuteNonQuery();
            return;
        }
        var id = Convert.ToInt32(_command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        _generatedKey.PropertyInfo!.SetValue(entity, id);
    }

    public void Dispose() => _command.Dispose();

    private static object? ValueOf(IProperty property, object entity) =>
        entity is IDictionary<string, object> bag ? bag[property.Name] : property.PropertyInfo!.GetValue(entity);
}
