using KhataBot.Core.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Ledger.Entries;

/// <summary>Finds "#12" in the chat's own shop, and says why when it cannot be used.</summary>
internal static class LiveEntries
{
    /// <summary>The entry with that number in this shop (deleted or not), with its customer.</summary>
    public static Task<Entry?> FindAsync(IKhataDb db, CommandContext context, int number, CancellationToken ct) =>
        db.Entries.Include(e => e.Customer).FirstOrDefaultAsync(e => e.ShopId == context.Shop.Id && e.Number == number, ct);

    /// <summary>The entry #number to change, or why it cannot be: it is not in the book, or it is deleted.</summary>
    public static async Task<(Entry? Entry, string? Refusal)> ToChangeAsync(IKhataDb db, CommandContext context, int number, string verb, CancellationToken ct)
    {
        var entry = await FindAsync(db, context, number, ct);
        if (entry is null)
        {
            return (null, Missing(number));
        }

        return entry.DeletedAt is null ? (entry, null) : (null, $"#{entry.Number} is deleted, so it cannot be {verb}. Write it again as a new entry.");
    }

    public static string Missing(int number) => $"There is no entry #{number} in this book. Type history NAME to see a customer's entries.";

    public static async Task<Entry?> ByIdAsync(IKhataDb db, CommandContext context, long? entryId, CancellationToken ct) =>
        entryId is { } id
            ? await db.Entries.Include(e => e.Customer).FirstOrDefaultAsync(e => e.ShopId == context.Shop.Id && e.Id == id, ct)
            : null;

    /// <summary>After an entry changed: refresh its customer's totals (which also saves), or just save.</summary>
    public static async Task SettleAsync(IKhataDb db, Entry entry, CancellationToken ct)
    {
        if (entry.Customer is { } customer)
        {
            await CustomerTotals.RefreshAsync(db, customer, ct);
        }
        else
        {
            await db.SaveChangesAsync(ct);
        }
    }
}
