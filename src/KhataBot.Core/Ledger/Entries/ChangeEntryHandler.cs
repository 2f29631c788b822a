using KhataBot.Core.Abstractions;
using KhataBot.Core.Audit;
using KhataBot.Core.Parsing;

namespace KhataBot.Core.Ledger.Entries;

/// <summary>"edit #4 note sugar", "edit #4 date 20 nov", "edit #4 due 10 dec": the note, the day or the due
/// date of an entry put right, audited with the entry as it was so undo puts it back.</summary>
internal sealed class ChangeEntryHandler(IKhataDb db, AuditTrail audit) : ICommandHandler<ChangeEntry>
{
    public async Task<Reply> HandleAsync(ChangeEntry command, CommandContext context, CancellationToken cancellationToken)
    {
        var (entry, refusal) = await LiveEntries.ToChangeAsync(db, context, command.Number, "edited", cancellationToken);
        if (entry is null)
        {
            return refusal!;
        }

        if (Refusal(entry, command, context.Today) is { } why)
        {
            return why;
        }

        var before = EntrySnapshot.Of(entry);
        var what = command switch
        {
            { Note: { } note } => Set(() => entry.Note = NewEntries.CleanNote(note), "note", before.Note ?? "(none)"),
            { Date: { } date } => Set(() => entry.Date = date, "date", LedgerText.Day(before.Date, context.Today)),
            _ => Set(() => entry.DueDate = command.Due, "due date", before.DueDate is { } d ? LedgerText.Day(d, context.Today) : "(none)"),
        };
        var now = what.Field switch
        {
            "note" => entry.Note ?? "",
            "date" => LedgerText.Day(entry.Date, context.Today),
            _ => LedgerText.Day(entry.DueDate!.Value, context.Today),
        };

        if (EntrySnapshot.Of(entry) == before)
        {
            return $"#{entry.Number} already says that: {LedgerText.EntryLine(entry, entry.Customer?.Name, context.Today)}.";
        }

        // A new due date changes which due payments settle first, so dues are spread again with the balance.
        await LiveEntries.SettleAsync(db, entry, cancellationToken);
        audit.Record(context, LedgerActions.EntryChanged, $"Edited {LedgerText.EntryLine(entry, entry.Customer?.Name, context.Today)} ({what.Field} was {what.Was})",
            before: before, after: EntrySnapshot.Of(entry), entryId: entry.Id, customerId: entry.CustomerId);
        return $"Changed #{entry.Number}'s {what.Field} from {what.Was} to {now}.\n{LedgerText.EntryWithBalance(entry, entry.Customer, context.Today)}";
    }

    /// <summary>Applies the change; what changed and what it was, for the reply and the audit trail.</summary>
    private static (string Field, string Was) Set(Action change, string field, string was)
    {
        change();
        return (field, was);
    }

    private static string? Refusal(Entry entry, ChangeEntry command, DateOnly today)
    {
        if (command.Due is { } due)
        {
            if (entry.Kind != EntryKind.Credit) return $"Only udhar (credit) entries have a due date, and #{entry.Number} is not one. Nothing was changed.";
            if (due < entry.Date)
            {
                return $"The due date ({LedgerText.Day(due, today)}) would be before #{entry.Number}'s date ({LedgerText.Day(entry.Date, today)}). Nothing was changed. Try: {EntryChangeGrammar.DueExample}";
            }
        }

        if (command.Date is { } date && entry.DueDate is { } dueDate && date > dueDate)
        {
            return $"#{entry.Number} is due on {LedgerText.Day(dueDate, today)}, so its date cannot be after that. Change the due date first: edit #{entry.Number} due …";
        }

        return null;
    }
}

/// <summary>Puts an entry's note, date and due date back as they were.</summary>
internal sealed class EntryChangedUndoer(IKhataDb db) : IUndoer
{
    public IReadOnlyCollection<string> Actions { get; } = [LedgerActions.EntryChanged];

    public async Task<string?> UndoAsync(AuditRecord record, CommandContext context, CancellationToken cancellationToken)
    {
        var entry = await LiveEntries.ByIdAsync(db, context, record.EntryId, cancellationToken);
        var before = AuditTrail.Read<EntrySnapshot>(record.Before);
        if (entry is null || before is null || entry.DeletedAt is not null)
        {
            return null;
        }

        entry.Note = before.Note;
        entry.Date = before.Date;
        entry.DueDate = before.DueDate;
        await LiveEntries.SettleAsync(db, entry, cancellationToken);
        return $"Undone: change of #{entry.Number}. {LedgerText.EntryWithBalance(entry, entry.Customer, context.Today)}";
    }
}
