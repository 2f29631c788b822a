using KhataBot.Core.Abstractions;
using KhataBot.Core.Ledger;
using KhataBot.Core.Ledger.Dues;
using KhataBot.Core.Ledger.Entries;

namespace KhataBot.Core.Reminders.DueActions;

/// <summary>Finds the due a reminder's button (or "paid #12") names, in the chat's own shop, and says why
/// when it cannot be acted on.</summary>
internal static class DueLookup
{
    /// <summary>The open due, or the reply that explains why there is none.</summary>
    public static async Task<(Entry? Due, string? Problem)> OpenAsync(IKhataDb db, CommandContext context, int number, CancellationToken ct)
    {
        var entry = await LiveEntries.FindAsync(db, context, number, ct);
        if (entry is null)
        {
            return (null, LiveEntries.Missing(number));
        }

        if (entry.Kind != EntryKind.Credit || entry.DueDate is null || entry.Customer is null)
        {
            return (null, $"#{number} is not a credit with a due date. Type dues to see what is due.");
        }

        if (entry.DeletedAt is not null)
        {
            return (null, $"#{number} was deleted, so nothing is due on it.");
        }

        return DueStates.Of(entry) == DueState.Paid
            ? (null, $"#{number} is paid already. {LedgerText.BalanceSentence(entry.Customer)}")
            : (entry, null);
    }
}
