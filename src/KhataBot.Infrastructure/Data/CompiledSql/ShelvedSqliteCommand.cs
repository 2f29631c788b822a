using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace KhataBot.Infrastructure.Data.CompiledSql;

/// <summary>
/// The command EF holds on a shelved connection. Setting its SQL borrows a command already compiled for
/// that SQL; everything else passes through to it; disposing gives it back, still compiled, with its
/// parameters cleared.
/// </summary>
internal sealed class ShelvedSqliteCommand(CompiledSqlShelf shelf) : DbCommand
{
    private SqliteCommand? _borrowed;

    private SqliteCommand Borrowed => _borrowed ??= shelf.Borrow("");

    [AllowNull]
    public override string CommandText
    {
        get => _borrowed?.CommandText ?? "";
        set
        {
            var text = value ?? "";
            if (_borrowed?.CommandText == text)
            {
                return;
            }

            var next = shelf.Borrow(text);
            if (_borrowed is { } previous)
            {
                // Whatever EF set before the SQL moves to the command that will run it.
                next.Transaction = previous.Transaction;
                next.CommandTimeout = previous.CommandTimeout;
                var parameters = previous.Parameters.Cast<SqliteParameter>().ToArray();
                previous.Parameters.Clear();
                next.Parameters.AddRange(parameters);
                shelf.Return(previous);
            }

            _borrowed = next;
        }
    }

    public override int CommandTimeout
    {
        get => Borrowed.CommandTimeout;
        set => Borrowed.CommandTimeout = value;
    }

    public override CommandType CommandType
    {
        get => CommandType.Text;
        set => Borrowed.CommandType = value;
    }

    public override bool DesignTimeVisible { get; set; }

    public override UpdateRowSource UpdatedRowSource { get; set; }

    protected override DbConnection? DbConnection
    {
        get => shelf.Connection;
        set
        {
            if (value is not null && value != shelf.Connection)
            {
                throw new NotSupportedException("A shelved command stays on the connection that compiled it.");
            }
        }
    }

    protected override DbParameterCollection DbParameterCollection => Borrowed.Parameters;

    protected override DbTransaction? DbTransaction
    {
        get => Borrowed.Transaction;
        set => Borrowed.Transaction = (SqliteTransaction?)value;
    }

    public override void Cancel() => Borrowed.Cancel();

    public override int ExecuteNonQuery() => Borrowed.ExecuteNonQuery();

    public override object? ExecuteScalar() => Borrowed.ExecuteScalar();

    public override void Prepare() => Borrowed.Prepare();

    protected override DbParameter CreateDbParameter() => Borrowed.CreateParameter();

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => Borrowed.ExecuteReader(behavior);

    protected override async Task<DbDataReader> ExecuteDbDataReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken) =>
        await Borrowed.ExecuteReaderAsync(behavior, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing && _borrowed is { } borrowed)
        {
            _borrowed = null;
            shelf.Return(borrowed);
        }

        base.Dispose(disposing);
    }
}
