using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KhataBot.Infrastructure.Data.CompiledSql;

/// <summary>
/// Lets EF reuse SQLite's compiled statements. Microsoft.Data.Sqlite compiles a command's SQL again for
/// every new command (dotnet/efcore#14044), and EF makes a new command for every query and save: on the
/// writer that was a quarter of each message's work. On a connection that is already open, EF gets a
/// command that borrows an already compiled one for the same SQL from that connection's shelf.
/// Connections EF opens and closes around each command are left alone: closing one throws its
/// statements away anyway.
/// </summary>
internal sealed class CompiledSqlInterceptor : DbCommandInterceptor
{
    public override InterceptionResult<DbCommand> CommandCreating(CommandCorrelatedEventData eventData, InterceptionResult<DbCommand> result) =>
        !result.HasResult && CompiledSqlShelf.For(eventData.Connection) is { } shelf
            ? InterceptionResult<DbCommand>.SuppressWithResult(new ShelvedSqliteCommand(shelf))
            : result;
}
