using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace KhataBot.Infrastructure.Data.CompiledSql;

/// <summary>
/// The compiled commands of one open connection, one idle command per SQL text. A command is lent out
/// while it runs, so the same SQL running twice at once (a query inside a loop over another's results)
/// simply gets a second command. When the connection closes, SQLite's statements go with it
/// (Microsoft.Data.Sqlite disposes every command of the connection), and the shelf is emptied.
/// Used by one thread at a time, like the connection itself.
/// </summary>
internal sealed class CompiledSqlShelf
{
    /// <summary>Enough for every distinct statement the book's writer runs; a text beyond it is compiled
    /// each time, as without the shelf.</summary>
    public const int Capacity = 512;

    private static readonly ConditionalWeakTable<SqliteConnection, CompiledSqlShelf> Shelves = [];

    private readonly Dictionary<string, SqliteCommand> _idle = new(StringComparer.Ordinal);

    /// <summary>Commands out on loan since the connection last opened. One lent before a close is not taken
    /// back: the close disposed it, and it is no longer among the connection's commands that the next
    /// close would clean up.</summary>
    private readonly HashSet<SqliteCommand> _lent = [];

    private CompiledSqlShelf(SqliteConnection connection)
    {
        Connection = connection;
        connection.StateChange += (_, change) =>
        {
            if (change.CurrentState != ConnectionState.Open)
            {
                Empty();
            }
        };
    }

    public SqliteConnection Connection { get; }

    /// <summary>The shelf of an open SQLite connection; none for a closed one (nothing compiled on it lasts).</summary>
    public static CompiledSqlShelf? For(DbConnection connection) =>
        connection is SqliteConnection { State: ConnectionState.Open } sqlite ? Shelves.GetValue(sqlite, c => new CompiledSqlShelf(c)) : null;

    public SqliteCommand Borrow(string text)
    {
        if (!_idle.Remove(text, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = text;
        }

        _lent.Add(command);
        return command;
    }

    public void Return(SqliteCommand command)
    {
        command.Parameters.Clear();
        command.Transaction = null;
        if (!_lent.Remove(command) || Connection.State != ConnectionState.Open || _idle.Count >= Capacity || !_idle.TryAdd(command.CommandText, command))
        {
            command.Dispose();
        }
    }

    private void Empty()
    {
        foreach (var command in _idle.Values)
        {
            command.Dispose();
        }

        _idle.Clear();
        _lent.Clear();
    }
}
