using KhataBot.Core.Ledger;
using KhataBot.Core.Reminders;
using KhataBot.Core.Reminders.Customers;
using KhataBot.Core.Shops;
using KhataBot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Infrastructure.Scheduling.Reminders;

/// <summary>A shop with reminders on, and where its reminders stand now.</summary>
internal sealed record RemindedShop(long Id, long ChatId, ShopReminders Reminders)
{
    /// <summary>What a customer's reminder says it is from, and where to pay.</summary>
    public required ReminderSender Sender { get; init; }

    /// <summary>When the shop began: it hears no summary of a month before that.</summary>
    public required DateTimeOffset CreatedAt { get; init; }
}

/// <summary>One due to remind of, in the slot that makes it due now. The customer's name is read only for
/// the reminders that go out.</summary>
internal readonly record struct DueCandidate(long EntryId, ReminderSlot Slot, int Number, long CustomerId, long LeftPaise, DateOnly DueDate)
{
    public DueReminder Reminder(string customer) => new(Number, customer, LeftPaise, DueDate);
}

/// <summary>
/// Reads what a reminder round should send, from the book alone: the shops with reminders on (and a chat
/// that can be reached), their open
/// dated credits whose latest reminder slot has come, less those the reminder log shows were reminded on
/// or after that slot's day and those snoozed past it. Reading only; <see cref="DueReminderSweep"/> writes, inside the transaction
/// that makes it certain. A round reads every open due of every shop, hundreds of thousands of rows, so
/// the dues and the log are read with plain commands rather than through EF's materializer.
/// </summary>
internal static class DueCandidates
{
    public static async Task<Dictionary<long, RemindedShop>> ShopsAsync(KhataDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var zones = new Dictionary<string, TimeZoneInfo>(StringComparer.Ordinal);
        // A chat Telegram no longer delivers to (the bot was blocked) hears nothing until it writes again;
        // then the book still knows what is owed, and the next round sends it.
        var rows = await db.Shops.AsNoTracking()
            .Where(s => s.RemindersOn && !db.InactiveChats.Any(c => c.ChatId == s.ChatId))
            .Select(s => new { s.Id, s.ChatId, s.TimeZone, s.ReminderTime, s.RemindEveryDays, s.Name, s.UpiId, s.CreatedAt })
            .ToListAsync(ct);
        return rows.ToDictionary(
            s => s.Id,
            s =>
            {
                if (!zones.TryGetValue(s.TimeZone, out var zone))
                {
                    zones[s.TimeZone] = zone = ShopClock.Zone(s.TimeZone);
                }

                return new RemindedShop(s.Id, s.ChatId, new ShopReminders(zone, s.ReminderTime, s.RemindEveryDays, now))
                {
                    Sender = new ReminderSender(s.Name, s.UpiId),
                    CreatedAt = s.CreatedAt,
                };
            });
    }

    /// <summary>Per shop, the dues whose latest slot has come and was not reminded yet.</summary>
    public static async Task<Dictionary<long, List<DueCandidate>>> UnsentAsync(KhataDbContext db, IReadOnlyDictionary<long, RemindedShop> shops, CancellationToken ct)
    {
        var due = new Dictionary<long, List<DueCandidate>>();
        if (shops.Count == 0)
        {
            return due;
        }

        // Nothing due after the day after the latest shop's reminder day can have a slot yet, and no
        // slot is older than the longest interval between reminders.
        var lastDueDate = shops.Values.Max(s => s.Reminders.ReminderDay).AddDays(1);
        var oldestSlot = shops.Values.Min(s => s.Reminders.ReminderDay).AddDays(-ReminderSchedule.MaxEveryDays);
        var reminded = await ReminderLogReader.LastRemindedAsync(db, oldestSlot, ct);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            await using var command = connection.CreateCommand();
            // The database turns the stored dates into numbers itself: parsing 300,000 of each as .NET strings
            // cost SQLite about as much as the rest of the read. The customer's name is read later, only for the
            // reminders that go out.
            command.CommandText = $"""
                SELECT "Id", "ShopId", "Number", "CustomerId", "AmountPaise" - "DuePaidPaise",
                       {Sql.DayNumber(connection, "\"DueDate\"")}, {Sql.UnixMilliseconds(connection, "\"EnteredAt\"")},
                       {Sql.DayNumber(connection, "\"RemindersSnoozedUntil\"")}
                FROM "Entries"
                WHERE "Kind" = @credit AND "DueDate" IS NOT NULL AND "DueDate" <= @lastDueDate
                  AND "DeletedAt" IS NULL AND "DuePaidPaise" < "AmountPaise" AND "CustomerId" IS NOT NULL
                """;
            Sql.Add(command, "@credit", (int)EntryKind.Credit);
            Sql.Add(command, "@lastDueDate", lastDueDate);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                if (!shops.TryGetValue(reader.GetInt64(1), out var shop))
                {
                    continue;
                }

                // A snoozed due waits until the day it was snoozed to; its latest slot then goes out as usual.
                if (!reader.IsDBNull(7) && DateOnly.FromDayNumber(reader.GetInt32(7)) > shop.Reminders.ReminderDay)
                {
                    continue;
                }

                var entryId = reader.GetInt64(0);
                var dueDate = DateOnly.FromDayNumber(reader.GetInt32(5));
                var enteredAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6));
                if (shop.Reminders.SlotFor(dueDate, enteredAt) is not { } slot
                    || (reminded.TryGetValue(entryId, out var last) && last >= slot.Day))
                {
                    continue;
                }

                if (!due.TryGetValue(shop.Id, out var dues))
                {
                    due[shop.Id] = dues = [];
                }

                dues.Add(new DueCandidate(entryId, slot, reader.GetInt32(2), reader.GetInt64(3), reader.GetInt64(4), dueDate));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return due;
    }
}
