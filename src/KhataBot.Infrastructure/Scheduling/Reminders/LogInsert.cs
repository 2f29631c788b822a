using System.Data.Common;

namespace KhataBot.Infrastructure.Scheduling.Reminders;

/// <summary>
/// Inserts reminder log rows one by one on the round's transaction, through one prepared statement:
/// a round can write hundreds of thousands of them, and EF's change tracking would cost more than the
/// writes. INSERT OR IGNORE (SQLite's; ON CONFLICT DO NOTHING on PostgreSQL) says by its row count
/// whether the reminder was new.
/// </summary>
internal sealed class LogInsert : IAsyncDisposable
{
    private readonly DbCommand _command;
    private readonly DbParameter _day;
    private readonly DbParameter _entry;
    private readonly DbParameter _stage;
    private readonly DbParameter _shop;

    public LogInsert(DbConnection connection, DbTransaction transaction, DateTimeOffset sentAt)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = "INSERT OR IGNORE INTO ReminderLog (Day, EntryId, Stage, ShopId, SentAt) VALUES ($day, $entry, $stage, $shop, $sentAt)";
        _day = Add("$day");
        _entry = Add("$entry");
        _stage = Add("$stage");
        _shop = Add("$shop");
        Add("$sentAt").Value = sentAt;
    }

    /// <summary>True when the row is new: this reminder has not gone out before.</summary>
    public async Task<bool> InsertAsync(long shopId, DueCandidate due, CancellationToken ct)
    {
        _day.Value = due.Slot.Day;
        _entry.Value = due.EntryId;
        _stage.Value = (int)due.Slot.Stage;
        _shop.Value = shopId;
        return await _command.ExecuteNonQueryAsync(ct) == 1;
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();

    private DbParameter Add(string name)
    {
        var parameter = _command.CreateParameter();
        parameter.ParameterName = name;
        _command.Parameters.Add(parameter);
        return parameter;
    }
}
