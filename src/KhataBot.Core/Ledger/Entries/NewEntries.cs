using KhataBot.Core.Abstractions;
using KhataBot.Core.Audit;

namespace KhataBot.Core.Ledger.Entries;

/// <summary>What every new line of the book shares: the next number of the shop, who and when, and the
/// audit record that lets "undo" take it back.</summary>
internal static class NewEntries
{
    public static Entry Create(IKhataDb db, CommandContext context, EntryKind kind, long amountPaise, DateOnly date, string? note)
    {
        // The shop row is tracked and saved in this same transaction, so numbers never repeat or skip
        // on failure; an undone entry keeps its number (numbers are never reused).
        context.Shop.LastEntryNumber += 1;
        var entry = new Entry
        {
            ShopId = context.Shop.Id,
            Number = context.Shop.LastEntryNumber,
            Kind = kind,
            AmountPaise = amountPaise,
            Note = CleanNote(note),
            Date = date,
            EnteredBy = context.By,
            EnteredAt = context.Now,
        };
        db.Entries.Add(entry);
        return entry;
    }

    /// <summary>Records the addition; the entry (and a new customer) get their ids when the engine saves.</summary>
    public static void Audit(AuditTrail audit, CommandContext context, Entry entry, Customer? customer, bool broughtCustomer) =>
        audit.Record(context, LedgerActions.EntryAdded, LedgerText.EntryLine(entry, customer?.Name, context.Today),
            after: new EntryAddedState(EntrySnapshot.Of(entry), broughtCustomer), entry: entry, customer: customer);

    public static string? CleanNote(string? note)
    {
        var trimmed = note is null ? null : new string(note.Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length <= Entry.MaxNoteLength ? trimmed : trimmed[..Entry.MaxNoteLength];
    }

    /// <summary>The expense category or income source as kept: normalised exactly as budgets name categories
    /// (lower case, single spaces), so an expense always finds its budget; "others" when none was given.</summary>
    public static string CleanCategory(string? category)
    {
        var normal = Budgets.CategoryName.Normalize(category ?? "");
        if (normal.Length == 0)
        {
            return Budgets.Categories.Fallback;
        }

        // The column holds 40 characters.
        return normal.Length <= 40 ? normal : normal[..40];
    }
}
