using KhataBot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Infrastructure.Scheduling.Reminders;

/// <summary>What the reminder log says went out lately.</summary>
internal static class ReminderLogReader
{
    /// <summary>The latest day each due was reminded for, from <paramref name="since"/> on. A slot on or
    /// before it has gone out (or was passed over: settings changed since), so it is not sent again; the
    /// log's key starts with the day, so this is one range read of it.</summary>
    public static async Task<Dictionary<long, DateOnly>> LastRemindedAsync(KhataDbContext db, DateOnly since, CancellationToken ct)
    {
        var last = new Dictionary<long, DateOnly>();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            await using var command = connection.CreateCommand();
            // A reminder the shopkeeper asked for (OnRequest) is no part of the schedule and holds none of it back.
            command.CommandText = $"SELECT \"EntryId\", {Sql.DayNumber(connection, "\"Day\"")} FROM \"ReminderLog\" WHERE \"Day\" >= @since AND \"Stage\" <> @onRequest";
            Sql.Add(command, "@since", since);
            Sql.Add(command, "@onRequest", (int)Core.Reminders.ReminderStage.OnRequest);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var day = DateOnly.FromDayNumber(reader.GetInt32(1));
                var entry = reader.GetInt64(0);
                if (!last.TryGetValue(entry, out var before) || before < day)
                {
                    last[entry] = day;
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return last;
    }
}
