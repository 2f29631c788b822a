using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace KhataBot.Infrastructure.Data.CompiledSql;

/// <summary>
/// How <see cref="DirectSave"/> writes one shape of row: the SQL, and the columns whose values fill its
/// parameters @p0, @p1, … in order. An insert writes every column (all but the key when the database makes
/// it, which the insert then returns); an update writes the changed columns and finds the row by its key (@key).
/// </summary>
internal sealed class WritePlan
{
    /// <summary>Made once, not formatted for every value of every save: one per column a plain table may have.</summary>
    public static readonly string[] ParameterNames = [.. Enumerable.Range(0, TableShape.MaxColumns).Select(i => $"@p{i}")];

    private WritePlan(string sql, IProperty[] columns, bool returnsKey)
    {
        Sql = sql;
        Columns = columns;
        ReturnsKey = returnsKey;
    }

    public string Sql { get; }

    public IProperty[] Columns { get; }

    /// <summary>An insert whose key the database makes: the command returns it.</summary>
    public bool ReturnsKey { get; }

    public static WritePlan Insert(TableShape shape, bool keyMadeByDatabase)
    {
        IProperty[] columns = [.. shape.Properties.Where(p => !(keyMadeByDatabase && p == shape.Key))];
        var sql = new StringBuilder($"INSERT INTO {Quoted(shape.Table.Name)} (");
        sql.AppendJoin(", ", columns.Select(p => Quoted(p.GetColumnName(shape.Table)!)));
        sql.Append(") VALUES (").AppendJoin(", ", columns.Select((_, i) => ParameterNames[i])).Append(')');
        if (keyMadeByDatabase)
        {
            sql.Append(" RETURNING ").Append(Quoted(shape.Key.GetColumnName(shape.Table)!));
        }

        return new WritePlan(sql.Append(';').ToString(), columns, keyMadeByDatabase);
    }

    /// <param name="changed">Bit i set when the i-th of the shape's properties changed.</param>
    public static WritePlan Update(TableShape shape, ulong changed)
    {
        IProperty[] columns = [.. shape.Properties.Where((_, i) => (changed & (1UL << i)) != 0)];
        var sql = $"UPDATE {Quoted(shape.Table.Name)} SET {string.Join(", ", columns.Select((p, i) => $"{Quoted(p.GetColumnName(shape.Table)!)} = {ParameterNames[i]}"))} " +
                  $"WHERE {Quoted(shape.Key.GetColumnName(shape.Table)!)} = @key;";
        return new WritePlan(sql, columns, returnsKey: false);
    }

    private static string Quoted(string name) => $"\"{name.Replace("\"", "\"\"")}\"";
}
