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
        if (reminder is not { IsPending: true })
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
}
