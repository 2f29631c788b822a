using KhataBot.Core.Abstractions;
using KhataBot.Core.Audit;
using KhataBot.Core.Ledger.Customers;
using KhataBot.Core.Parsing;
using KhataBot.Core.Shops;

namespace KhataBot.Core.Reminders.OneOff;

/// <summary>"remind Ramesh tomorrow": a day's reminder comes at the shop's reminder time on its own clock;
/// "remind Ramesh in 2 hours" comes that long from now.</summary>
internal sealed class RemindOnceHandler(IKhataDb db, AuditTrail audit, IOneOffReminders scheduler) : ICommandHandler<RemindOnce>
{
    public async Task<Reply> HandleAsync(RemindOnce command, CommandContext context, CancellationToken cancellationToken)
    {
        if (!scheduler.IsAvailable)
        {
            return "Reminders at a set time need the scheduler, which is not running here. Nothing was changed.";
        }

        var customer = await CustomerFinder.FindAsync(db, context, command.Customer, cancellationToken);
        if (customer is null)
        {
            return await CustomerFinder.NotFoundAsync(db, context, command.Customer, cancellationToken, name => OneOffText.CommandFor(command, name));
        }

        var shop = context.Shop;
        var zone = ShopClock.ZoneOf(shop);
        var at = OneOffMoment.For(command, zone, shop.ReminderTime, context.Now);
        if (at <= context.Now)
        {
            return $"Today's reminder time ({ReminderActions.Time(shop.ReminderTime)}) has passed, so nothing was set. "
                + $"Try: remind {customer.Name} tomorrow or remind {customer.Name} in 2 hours";
        }

        var reminder = new OneOffReminder
        {
            ShopId = shop.Id, CustomerId = customer.Id, Key = OneOffReminder.NewKey(), At = at, CreatedAt = context.Now, CreatedBy = context.By,
        };
        db.OneOffReminders.Add(reminder);
        var when = OneOffText.When(at, zone, context.Today);
        audit.Record(context, OneOffText.SetAction, $"Reminder about {customer.Name} {when}", after: reminder.Key, customerId: customer.Id);
        // Before the book commits: if the commit then fails, the job finds no reminder and does nothing;
        // the other way round, a crash between the two would lose the reminder.
        reminder.JobId = await scheduler.ScheduleAsync(reminder, cancellationToken);
        return new Reply($"I'll remind you about {customer.Name} {when}.")
        {
            Buttons = [new ReplyButton("Cancel reminder", $"cancel reminder {customer.Name}")],
        };
    }
}
