using System.Globalization;
using KhataBot.Core.Abstractions;
using KhataBot.Core.Audit;
using KhataBot.Core.Ledger;
using KhataBot.Core.Parsing;

namespace KhataBot.Core.Reminders;

internal static class ReminderActions
{
    public const string TimeChanged = "shop.reminder_time";
    public const string Switched = "shop.reminders";
    public const string EveryChanged = "shop.remind_every";

    /// <summary>"9:30 am": how shopkeepers here say a time.</summary>
    public static string Time(TimeOnly at) => at.ToString("h:mm tt", CultureInfo.InvariantCulture).ToLowerInvariant();

    public static string Schedule(int everyDays) =>
        $"A due is reminded the day before, on the day, then every {ReminderSchedule.OverdueEveryDays} days while overdue "
        + $"({ReminderSchedule.OverdueTimes} times), then every {LedgerText.Plural(everyDays, "day", "days")}.";
}

/// <summary>"reminders": whether they are on, when they come, how often; and the one-off reminders waiting.</summary>
internal sealed class ShowRemindersHandler(IKhataDb db) : ICommandHandler<ShowReminders>
{
    public async Task<Reply> HandleAsync(ShowReminders command, CommandContext context, CancellationToken cancellationToken)
    {
        var shop = context.Shop;
        var state = shop.RemindersOn
            ? $"Reminders are on: every day at {ReminderActions.Time(shop.ReminderTime)} ({shop.TimeZone}) you get the dues to collect."
            : "Reminders are off.";
        var oneOffs = await OneOff.PendingOneOffs.LinesAsync(db, shop, context.Today, cancellationToken);
        var waiting = oneOffs.Count == 0
            ? $"\nNo one-off reminders. Set one: {Examples.RemindOnce}"
            : $"\nOne-off reminders ({Examples.CancelReminder} to cancel):\n{string.Join('\n', oneOffs)}";
        return $"""
            {state}
            {ReminderActions.Schedule(shop.RemindEveryDays)}
            Change: {Examples.ReminderTime}, {Examples.RemindEvery} or {(shop.RemindersOn ? "reminders off" : "reminders on")}
            """ + waiting;
    }
}

internal sealed class SetReminderTimeHandler(AuditTrail audit) : ICommandHandler<SetReminderTime>
{
    public Task<Reply> HandleAsync(SetReminderTime command, CommandContext context, CancellationToken cancellationToken)
    {
        var shop = context.Shop;
        var before = shop.ReminderTime;
        shop.ReminderTime = command.At;
        var at = ReminderActions.Time(command.At);
        audit.Record(context, ReminderActions.TimeChanged, $"Reminder time: {at} (was {ReminderActions.Time(before)})", before: before, after: command.At);
        var off = shop.RemindersOn ? "" : "\nReminders are off now; say reminders on to start them.";
        return Task.FromResult<Reply>($"Due reminders will come every day at {at}, {shop.TimeZone} time.{off}");
    }
}

internal sealed class SwitchRemindersHandler(AuditTrail audit) : ICommandHandler<SwitchReminders>
{
    public Task<Reply> HandleAsync(SwitchReminders command, CommandContext context, CancellationToken cancellationToken)
    {
        var shop = context.Shop;
        if (shop.RemindersOn == command.On)
        {
            return Task.FromResult<Reply>($"Reminders are already {(command.On ? "on" : "off")}.");
        }

        shop.RemindersOn = command.On;
        audit.Record(context, ReminderActions.Switched, $"Reminders {(command.On ? "on" : "off")}", before: !command.On, after: command.On);
        return Task.FromResult<Reply>(command.On
            ? $"Reminders are on: every day at {ReminderActions.Time(shop.ReminderTime)} you get the dues to collect."
            : "Reminders are off. Say reminders on to start them again.");
    }
}

internal sealed class SetRemindEveryHandler(AuditTrail audit) : ICommandHandler<SetRemindEvery>
{
    public Task<Reply> HandleAsync(SetRemindEvery command, CommandContext context, CancellationToken cancellationToken)
    {
        var shop = context.Shop;
        var before = shop.RemindEveryDays;
        shop.RemindEveryDays = command.Days;
        audit.Record(context, ReminderActions.EveryChanged, $"Remind every {command.Days} days (was {before})", before: before, after: command.Days);
        return Task.FromResult<Reply>(ReminderActions.Schedule(command.Days));
    }
}
