using KhataBot.Core.Abstractions;
using KhataBot.Core.Audit;
using KhataBot.Core.Ledger;
using KhataBot.Core.Ledger.Dues;
using KhataBot.Core.Money;
using KhataBot.Core.Parsing;

namespace KhataBot.Core.Reminders.DueActions;

internal static class DueActionNames
{
    public const string Snoozed = "due.snoozed";
}

/// <summary>"snooze #12", the [Snooze 3 days] button: no reminders of that due, to the shop or the customer,
/// before the day it names. Kept on the entry, so it holds across restarts; undo puts the old day back.</summary>
internal sealed class SnoozeDueHandler(IKhataDb db, AuditTrail audit) : ICommandHandler<SnoozeDue>
{
    public async Task<Reply> HandleAsync(SnoozeDue command, CommandContext context, CancellationToken cancellationToken)
    {
        var (due, problem) = await DueLookup.OpenAsync(db, context, command.Number, cancellationToken);
        if (due is null)
        {
            return problem!;
        }

        var before = due.RemindersSnoozedUntil;
        var until = context.Today.AddDays(command.Days);
        due.RemindersSnoozedUntil = until;
        var day = LedgerText.Day(until, context.Today);
        audit.Record(context, DueActionNames.Snoozed, $"#{command.Number} snoozed until {day}", before: before, after: until, entryId: due.Id, customerId: due.CustomerId);
        return $"💤 No reminders of #{command.Number} ({due.Customer!.Name}, {IndianMoney.FormatPaise(DueStates.LeftPaise(due))}) before {day}. To take it back: undo";
    }
}

/// <summary>Puts a due's reminders back as they were before the snooze, unless it was snoozed again since.</summary>
internal sealed class SnoozeUndoer(IKhataDb db) : IUndoer
{
    public IReadOnlyCollection<string> Actions { get; } = [DueActionNames.Snoozed];

    public async Task<string?> UndoAsync(AuditRecord record, CommandContext context, CancellationToken cancellationToken)
    {
        var due = await Ledger.Entries.LiveEntries.ByIdAsync(db, context, record.EntryId, cancellationToken);
        if (due is null || due.RemindersSnoozedUntil != AuditTrail.Read<DateOnly?>(record.After))
        {
            return null;
        }

        var before = AuditTrail.Read<DateOnly?>(record.Before);
        due.RemindersSnoozedUntil = before;
        return before is { } day && day > context.Today
            ? $"Undone: #{due.Number} is snoozed until {Ledger.LedgerText.Day(day, context.Today)} again."
            : $"Undone: #{due.Number} is reminded as usual again.";
    }
}
