using Microsoft.Data.Sqlite;

namespace KhataBot.Integration.Tests.Data.CompiledSql;

/// <summary>Every column of a table as SQLite stored it, read outside EF: a value's storage class counts
/// as much as the value (TEXT '5' is not INTEGER 5).</summary>
internal static class TableRows
{
    public static List<string> Read(string connectionString, string table)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid;";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            var cells = Enumerable.Range(0, reader.FieldCount).Select(i => $"{reader.GetName(i)}={Cell(reader.GetValue(i))}");
            rows.Add($"{table}({string.Join(" | ", cells)})");
        }

        return rows;
    }

    private static string Cell(object value) => value switch
    {
        DBNull => "NULL",
        byte[] blob => $"BLOB:{Convert.ToHexString(blob)}",
        // Long for INTEGER, String for TEXT, Double for REAL: the storage class SQLite reports.
        _ => $"{value.GetType().Name}:{Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)}",
    };
}
