using KhataBot.Core.Abstractions;
using KhataBot.Core.Audit;
using KhataBot.Core.Money;
using KhataBot.Core.Parsing;

namespace KhataBot.Core.Ledger.Entries;

/// <summary>"edit #12 450 [note]": fixes a typo in an amount (and the note, when one is given). Kind, customer
/// and date stay; to change those, delete the entry and write it again.</summary>
internal sealed class EditEntryHandler(IKhataDb db, AuditTrail audit) : ICommandHandler<EditEntry>
{
    public async Task<Reply> HandleAsync(EditEntry command, CommandContext context, CancellationToken cancellationToken)
    {
        if (!Amounts.TryToPaise(command.Amount, out var paise, out var problem))
        {
            return problem;
        }

        var (entry, refusal) = await LiveEntries.ToChangeAsync(db, context, command.Number, "edited", cancellationToken);
        if (entry is null)
        {
            return refusal!;
        }

        var note = command.Note is null ? entry.Note : NewEntries.CleanNote(command.Note);
        if (paise == entry.AmountPaise && note == entry.Note)
        {
            return $"#{entry.Number} already says that: {LedgerText.EntryLine(entry, entry.Customer?.Name, context.Today)}.";
        }

        var before = EntrySnapshot.Of(entry);
        entry.AmountPaise = paise;
        entry.Note = note;
        // A changed payment or credit re-spreads the customer's dues along with the balance.
        await LiveEntries.SettleAsync(db, entry, cancellationToken);
        var line = LedgerText.EntryLine(entry, entry.Customer?.Name, context.Today);
        audit.Record(context, LedgerActions.EntryEdited, $"Edited {line} (was {IndianMoney.FormatPaise(before.AmountPaise)})",
            before: before, after: EntrySnapshot.Of(entry), entryId: entry.Id, customerId: entry.CustomerId);
        return $"Changed #{entry.Number} from {IndianMoney.FormatPaise(before.AmountPaise)} to {IndianMoney.FormatPaise(paise)}.\n"
            + LedgerText.EntryWithBalance(entry, entry.Customer, context.Today);
    }
}

/// <summary>Puts an edited entry's amount and note back as they were.</summary>
internal sealed class EntryEditedUndoer(IKhataDb db) : IUndoer
{
    public IReadOnlyCollection<string> Actions { get; } = [LedgerActions.EntryEdited];

    public async Task<string?> UndoAsync(AuditRecord record, CommandContext context, CancellationToken cancellationToken)
    {
        var entry = await LiveEntries.ByIdAsync(db, context, record.EntryId, cancellationToken);
        var before = AuditTrail.Read<EntrySnapshot>(record.Before);
        if (entry is null || before is null || entry.DeletedAt is not null)
        {
            return null;
        }

        entry.AmountPaise = before.AmountPaise;
        entry.Note = before.Note;
        await LiveEntries.SettleAsync(db, entry, cancellationToken);
        return $"Undone: edit of #{entry.Number}, back to {IndianMoney.FormatPaise(before.AmountPaise)}.\n"
            + LedgerText.EntryWithBalance(entry, entry.Customer, context.Today);
    }
}
