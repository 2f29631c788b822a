using KhataBot.Core.Abstractions;
using KhataBot.Core.Outbox;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Reminders.OneOff;

/// <summary>
/// What happens when a one-off reminder's job runs: the shopkeeper gets the reminder through the
/// outbox, with what the customer owes at that moment. The reminder's row is marked sent in the same
/// write, so a job that runs again (or one for a cancelled or rolled-back reminder) sends nothing.
/// </summary>
public static class OneOffReminderDelivery
{
    /// <summary>Runs inside the book's one writer (KhataEngine.WriteAsync); true when a message was written.</summary>
    public static async Task<bool> DeliverAsync(IKhataDb db, string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var reminder = await db.OneOffReminders.FirstOrDefaultAsync(r => r.Key == key, cancellationToken);
        return reminder is not null && await SendAsync(db, reminder, now, cancellationToken);
    }

    private static async Task<bool> SendAsync(IKhataDb db, OneOffReminder reminder, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!reminder.IsPending)
        {
            return false;
        }

        var chatId = await db.Shops.Where(s => s.Id == reminder.ShopId).Select(s => s.ChatId).FirstAsync(cancellationToken);
        var customer = await db.Customers.FirstAsync(c => c.ShopId == reminder.ShopId && c.Id == reminder.CustomerId, cancellationToken);
        reminder.SentAt = now;
        if (customer.RemovedAt is not null)
        {
            // Removed since the reminder was asked for: nothing to remind of, and its buttons would find no one.
            return false;
        }

        OutboxWriter.Add(db, chatId, new Reply(OneOffText.Message(customer))
        {
            Buttons = [new ReplyButton("Balance", $"balance {customer.Name}"), new ReplyButton("History", $"history {customer.Name}")],
        }, reminder.ShopId, now);
        return true;
    }

    /// <summary>
    /// Also runs inside the writer, after a job delivered its own reminder: sends up to <paramref name="max"/> other
    /// reminders whose time has come. Hangfire on SQLite moves delayed jobs to the queue one by one (about a
    /// hundred a second here), so 10,000 reminders for one minute would trickle out over minutes; this way the
    /// first job of a burst sends the burst, and the later jobs find their reminders sent and end at once.
    /// Returns how many were sent, and whether there may be more than <paramref name="max"/> due (another call sends them).
    /// </summary>
    public static async Task<(int Sent, bool More)> DeliverDueAsync(IKhataDb db, DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        // SQLite cannot compare DateTimeOffset columns, so the waiting ones (few: sent ones are most) are sorted here.
        var waiting = await db.OneOffReminders.AsNoTracking()
            .Where(r => r.SentAt == null && r.CancelledAt == null)
            .Select(r => new { r.Id, r.At })
            .ToListAsync(cancellationToken);
        var ids = waiting.Where(r => r.At <= now).OrderBy(r => r.At).Take(max).Select(r => r.Id).ToList();
        // Only the due ones are loaded for change: the writer's save then looks at these, not at every waiting one.
        var due = (await db.OneOffReminders.Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken)).OrderBy(r => r.At).ToList();
        var sent = 0;
        foreach (var reminder in due)
        {
            if (await SendAsync(db, reminder, now, cancellationToken)) sent++;
        }

        return (sent, due.Count == max);
    }
}
