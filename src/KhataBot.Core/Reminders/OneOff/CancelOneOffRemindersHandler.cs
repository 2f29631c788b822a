using KhataBot.Core.Abstractions;
using KhataBot.Core.Audit;
using KhataBot.Core.Ledger.Customers;
using KhataBot.Core.Parsing;
using KhataBot.Core.Shops;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Reminders.OneOff;

/// <summary>"cancel reminder Ramesh": every reminder about Ramesh still waiting is dropped (undo brings them back).</summary>
internal sealed class CancelOneOffRemindersHandler(IKhataDb db, AuditTrail audit, IOneOffReminders scheduler) : ICommandHandler<CancelOneOffReminders>
{
    public async Task<Reply> HandleAsync(CancelOneOffReminders command, CommandContext context, CancellationToken cancellationToken)
    {
        var customer = await CustomerFinder.FindAsync(db, context, command.Customer, cancellationToken);
        if (customer is null)
        {
            return await CustomerFinder.NotFoundAsync(db, context, command.Customer, cancellationToken, name => $"cancel reminder {name}");
        }

        var pending = await PendingOneOffs.OfCustomerAsync(db, context.Shop.Id, customer.Id, cancellationToken);
        if (pending.Count == 0)
        {
            return $"No reminder about {customer.Name} is waiting, so nothing was changed. Type reminders to see them all.";
        }

        var zone = ShopClock.ZoneOf(context.Shop);
        var times = string.Join(" and ", pending.Select(r => OneOffText.When(r.At, zone, context.Today)));
        foreach (var reminder in pending)
        {
            reminder.CancelledAt = context.Now;
            await scheduler.CancelAsync(reminder, cancellationToken);
        }

        var summary = $"Cancelled the reminder about {customer.Name} {times}";
        audit.Record(context, OneOffText.CancelAction, summary, after: pending.Select(r => r.Key).ToList(), customerId: customer.Id);
        return summary + ".";
    }
}

/// <summary>The reminders still waiting, soonest first. Times are sorted here: SQLite keeps them as text.</summary>
internal static class PendingOneOffs
{
    public static async Task<List<OneOffReminder>> OfCustomerAsync(IKhataDb db, long shopId, long customerId, CancellationToken ct) =>
        [.. (await db.OneOffReminders
            .Where(r => r.ShopId == shopId && r.CustomerId == customerId && r.CancelledAt == null && r.SentAt == null)
            .ToListAsync(ct)).OrderBy(r => r.At)];

    /// <summary>"• Ramesh tomorrow at 9:00 am" per reminder waiting in the shop.</summary>
    public static async Task<List<string>> LinesAsync(IKhataDb db, Shop shop, DateOnly today, CancellationToken ct)
    {
        var pending = await db.OneOffReminders.AsNoTracking()
            .Where(r => r.ShopId == shop.Id && r.CancelledAt == null && r.SentAt == null)
            .Join(db.Customers, r => r.CustomerId, c => c.Id, (r, c) => new { r.At, c.Name })
            .ToListAsync(ct);
        var zone = ShopClock.ZoneOf(shop);
        return [.. pending.OrderBy(r => r.At).Select(r => $"• {r.Name} {OneOffText.When(r.At, zone, today)}")];
    }
}
