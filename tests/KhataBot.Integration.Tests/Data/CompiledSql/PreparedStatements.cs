using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KhataBot.Integration.Tests.Data.CompiledSql;

/// <summary>
/// What SQLite itself holds compiled on a connection, read from the native handle: the only way to see
/// that a statement was compiled once and run again, rather than compiled afresh each time.
/// </summary>
internal static class PreparedStatements
{
    private const int RunCount = 6; // SQLITE_STMTSTATUS_RUN

    /// <summary>Call right after opening: SQLitePCL lists only statements prepared after this.</summary>
    public static void Track(SqliteConnection connection) => connection.Handle!.enable_sqlite3_next_stmt(true);

    /// <summary>The statements alive on the connection now, with how often each ran.</summary>
    public static List<(string Sql, int Runs)> On(SqliteConnection connection)
    {
        var statements = new List<(string, int)>();
        for (var statement = raw.sqlite3_next_stmt(connection.Handle, null); statement is not null; statement = raw.sqlite3_next_stmt(connection.Handle, statement))
        {
            statements.Add((raw.sqlite3_sql(statement).utf8_to_string(), raw.sqlite3_stmt_status(statement, RunCount, 0)));
        }

        return statements;
    }

    /// <summary>The alive statements whose SQL contains <paramref name="part"/>.</summary>
    public static List<(string Sql, int Runs)> Containing(SqliteConnection connection, string part) =>
        On(connection).Where(s => s.Sql.Contains(part, StringComparison.Ordinal)).ToList();
}
