using System.Data.Common;
using System.Globalization;
using System.Text;

namespace KhataBot.Infrastructure.Scheduling.Reminders;

/// <summary>
/// Writes reminder log rows on the round's transaction and says which were new. INSERT OR IGNORE
/// (SQLite's; ON CONFLICT DO NOTHING on PostgreSQL) skips a row whose key is already there, and RETURNING
/// lists only the rows it really inserted: exactly the reminders that have not gone out before, whatever
/// another round did meanwhile. The rows go in as one JSON array read by json_each (SQLite) or as arrays
/// (PostgreSQL), one statement for thousands of rows: binding that many parameters costs more than the
/// inserts themselves.
/// </summary>
internal sealed class ReminderLogWriter(DbConnection connection, DbTransaction transaction, DateTimeOffset sentAt)
{
    /// <summary>The ids of the credits whose reminder was new (a round has one slot per due).</summary>
    public async Task<HashSet<long>> InsertAsync(IReadOnlyList<(long ShopId, DueCandidate Due)> rows, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        if (Sql.IsPostgres(connection))
        {
            // Arrays, one per column, unnested into rows. On a key another transaction is inserting just now
            // (another instance's round), PostgreSQL waits for it to end and then skips the row.
            command.CommandText = """
                INSERT INTO "ReminderLog" ("Day", "EntryId", "Stage", "ShopId", "SentAt")
                SELECT r.day, r.entry, r.stage, r.shop, @sentAt FROM unnest(@days, @entries, @stages, @shops) AS r(day, entry, stage, shop)
                ON CONFLICT DO NOTHING
                RETURNING "EntryId"
                """;
            Sql.Add(command, "@days", rows.Select(r => r.Due.Slot.Day).ToArray());
            Sql.Add(command, "@entries", rows.Select(r => r.Due.EntryId).ToArray());
            Sql.Add(command, "@stages", rows.Select(r => (int)r.Due.Slot.Stage).ToArray());
            Sql.Add(command, "@shops", rows.Select(r => r.ShopId).ToArray());
        }
        else
        {
            command.CommandText = """
                INSERT OR IGNORE INTO "ReminderLog" ("Day", "EntryId", "Stage", "ShopId", "SentAt")
                SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, @sentAt FROM json_each(@rows)
                RETURNING "EntryId"
                """;
            Sql.Add(command, "@rows", Json(rows));
        }

        Sql.Add(command, "@sentAt", Sql.Moment(connection, sentAt));
        var inserted = new HashSet<long>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            inserted.Add(reader.GetInt64(0));
        }

        return inserted;
    }

    /// <summary>[["2026-11-21",12,2,7],...]: the day as EF stores a DateOnly, then entry, stage and shop.</summary>
    private static string Json(IReadOnlyList<(long ShopId, DueCandidate Due)> rows)
    {
        var json = new StringBuilder((rows.Count * 32) + 2).Append('[');
        foreach (var (shopId, due) in rows)
        {
            json.Append(json.Length == 1 ? "" : ",")
                .Append(CultureInfo.InvariantCulture, $"[\"{due.Slot.Day:yyyy-MM-dd}\",{due.EntryId},{(int)due.Slot.Stage},{shopId}]");
        }

        return json.Append(']').ToString();
    }
}
