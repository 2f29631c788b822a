using KhataBot.Core.Ledger;
using KhataBot.Core.Reminders;
using KhataBot.Core.Shops;
using KhataBot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Infrastructure.Scheduling.Reminders;

/// <summary>A shop with reminders on, and where its reminders stand now.</summary>
internal sealed record RemindedShop(long Id, long ChatId, ShopReminders Reminders);

/// <summary>One due to remind of, in the slot that makes it due now.</summary>
internal readonly record struct DueCandidate(long EntryId, ReminderSlot Slot, DueReminder Reminder);

/// <summary>
/// Reads what a reminder round should send, from the book alone: the shops with reminders on, their open
/// dated credits whose latest reminder slot has come, less what the reminder log says already went out.
/// Reading only; <see cref="DueReminderSweep"/> writes, inside the transaction that makes it certain.
/// </summary>
internal static class DueCandidates
{
    public static async Task<Dictionary<long, RemindedShop>> ShopsAsync(KhataDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var zones = new Dictionary<string, TimeZoneInfo>(StringComparer.Ordinal);
        var rows = await db.Shops.AsNoTracking()
            .Where(s => s.RemindersOn)
            .Select(s => new { s.Id, s.ChatId, s.TimeZone, s.ReminderTime, s.RemindEveryDays })
            .ToListAsync(ct);
        return rows.ToDictionary(
            s => s.Id,
            s =>
            {
                if (!zones.TryGetValue(s.TimeZone, out var zone))
                {
                    zones[s.TimeZone] = zone = ShopClock.Zone(s.TimeZone);
                }

                return new RemindedShop(s.Id, s.ChatId, new ShopReminders(zone, s.ReminderTime, s.RemindEveryDays, now));
            });
    }

    /// <summary>Per shop, the dues whose latest slot has come and is not in the reminder log.</summary>
    public static async Task<Dictionary<long, List<DueCandidate>>> UnsentAsync(KhataDbContext db, IReadOnlyDictionary<long, RemindedShop> shops, CancellationToken ct)
    {
        var due = await DueAsync(db, shops, ct);
        if (due.Count == 0)
        {
            return due;
        }

        // Every candidate's slot is at most one long-overdue interval old, so the log's recent days are
        // all it takes to know what went out; its key starts with the day, so this is one range read.
        var oldest = due.Values.SelectMany(d => d).Min(d => d.Slot.Day);
        var sent = (await db.ReminderLog.AsNoTracking()
                .Where(r => r.Day >= oldest)
                .Select(r => new { r.Day, r.EntryId, r.Stage })
                .ToListAsync(ct))
            .Select(r => (r.Day, r.EntryId, r.Stage))
            .ToHashSet();
        foreach (var (shop, dues) in due)
        {
            dues.RemoveAll(d => sent.Contains((d.Slot.Day, d.EntryId, d.Slot.Stage)));
            if (dues.Count == 0)
            {
                due.Remove(shop);
            }
        }

        return due;
    }

    private static async Task<Dictionary<long, List<DueCandidate>>> DueAsync(KhataDbContext db, IReadOnlyDictionary<long, RemindedShop> shops, CancellationToken ct)
    {
        var due = new Dictionary<long, List<DueCandidate>>();
        if (shops.Count == 0)
        {
            return due;
        }

        // Nothing due after the day after any shop's reminder day can have a slot yet.
        var lastDueDate = shops.Values.Max(s => s.Reminders.ReminderDay).AddDays(1);
        var open = from e in db.Entries.AsNoTracking()
                   where e.Kind == EntryKind.Credit && e.DueDate != null && e.DueDate <= lastDueDate
                       && e.DeletedAt == null && e.DuePaidPaise < e.AmountPaise
                   join c in db.Customers on e.CustomerId equals (long?)c.Id
                   select new { e.Id, e.ShopId, e.Number, e.AmountPaise, e.DuePaidPaise, DueDate = e.DueDate!.Value, e.EnteredAt, c.Name };
        await foreach (var credit in open.AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!shops.TryGetValue(credit.ShopId, out var shop) || shop.Reminders.SlotFor(credit.DueDate, credit.EnteredAt) is not { } slot)
            {
                continue;
            }

            if (!due.TryGetValue(shop.Id, out var dues))
            {
                due[shop.Id] = dues = [];
            }

            dues.Add(new DueCandidate(credit.Id, slot, new DueReminder(credit.Number, credit.Name, credit.AmountPaise - credit.DuePaidPaise, credit.DueDate)));
        }

        return due;
    }
}
