using KhataBot.Core.Abstractions;
using KhataBot.Core.Audit;
using KhataBot.Core.Shops;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Reminders.OneOff;

/// <summary>Undo of "remind Ramesh ...": the reminder is dropped, unless it went out already. Undo of
/// "cancel reminder Ramesh": the reminders are back, each with a new job (one whose time passed meanwhile
/// comes at once).</summary>
internal sealed class OneOffReminderUndoer(IKhataDb db, IOneOffReminders scheduler) : IUndoer
{
    public IReadOnlyCollection<string> Actions { get; } = [OneOffText.SetAction, OneOffText.CancelAction];

    public async Task<string?> UndoAsync(AuditRecord record, CommandContext context, CancellationToken cancellationToken)
    {
        var keys = record.Action == OneOffText.SetAction
            ? [AuditTrail.Read<string>(record.After)!]
            : AuditTrail.Read<List<string>>(record.After) ?? [];
        var reminders = await db.OneOffReminders.Where(r => r.ShopId == context.Shop.Id && keys.Contains(r.Key)).ToListAsync(cancellationToken);
        if (reminders.Count == 0 || reminders.Any(r => r.SentAt is not null))
        {
            return null;
        }

        var name = await db.Customers.Where(c => c.ShopId == context.Shop.Id && c.Id == reminders[0].CustomerId).Select(c => c.Name).FirstAsync(cancellationToken);
        var zone = ShopClock.ZoneOf(context.Shop);
        var times = string.Join(" and ", reminders.OrderBy(r => r.At).Select(r => OneOffText.When(r.At, zone, context.Today)));
        if (record.Action == OneOffText.SetAction)
        {
            reminders[0].CancelledAt ??= context.Now;
            await scheduler.CancelAsync(reminders[0], cancellationToken);
            return $"Undone: no reminder about {name} {times}.";
        }

        if (!scheduler.IsAvailable)
        {
            return null;
        }

        foreach (var reminder in reminders)
        {
            reminder.CancelledAt = null;
            reminder.JobId = await scheduler.ScheduleAsync(reminder, cancellationToken);
        }

        return $"Undone: I'll remind you about {name} {times} after all.";
    }
}
