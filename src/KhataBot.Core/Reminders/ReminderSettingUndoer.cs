using KhataBot.Core.Abstractions;
using KhataBot.Core.Audit;
using KhataBot.Core.Shops;

namespace KhataBot.Core.Reminders;

/// <summary>Puts a reminder setting back, unless it was changed again since.</summary>
internal sealed class ReminderSettingUndoer : IUndoer
{
    public IReadOnlyCollection<string> Actions { get; } = [ReminderActions.TimeChanged, ReminderActions.Switched, ReminderActions.EveryChanged];

    public Task<string?> UndoAsync(AuditRecord record, CommandContext context, CancellationToken cancellationToken) =>
        Task.FromResult(record.Action switch
        {
            ReminderActions.TimeChanged => UndoTime(context.Shop, record),
            ReminderActions.Switched => UndoSwitch(context.Shop, record),
            _ => UndoEvery(context.Shop, record),
        });

    private static string? UndoTime(Shop shop, AuditRecord record)
    {
        var (before, after) = (AuditTrail.Read<TimeOnly>(record.Before), AuditTrail.Read<TimeOnly>(record.After));
        if (shop.ReminderTime != after) return null;
        shop.ReminderTime = before;
        return $"Undone: reminders come at {ReminderActions.Time(before)} again.";
    }

    private static string? UndoSwitch(Shop shop, AuditRecord record)
    {
        var (before, after) = (AuditTrail.Read<bool>(record.Before), AuditTrail.Read<bool>(record.After));
        if (shop.RemindersOn != after) return null;
        shop.RemindersOn = before;
        return $"Undone: reminders are {(before ? "on" : "off")} again.";
    }

    private static string? UndoEvery(Shop shop, AuditRecord record)
    {
        var (before, after) = (AuditTrail.Read<int>(record.Before), AuditTrail.Read<int>(record.After));
        if (shop.RemindEveryDays != after) return null;
        shop.RemindEveryDays = before;
        return $"Undone: long-overdue dues are reminded every {before} days again.";
    }
}
