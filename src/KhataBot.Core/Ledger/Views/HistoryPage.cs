using KhataBot.Core.Abstractions;
using KhataBot.Core.Money;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Ledger.Views;

/// <summary>
/// A customer's latest entries with one shop, oldest first, each with the balance after it, like the page
/// of a paper khata; read by the shopkeeper ("history Ramesh") and by the customer in his own chat. Long
/// khatas show their latest entries only, with the balance before them.
/// </summary>
internal static class HistoryPage
{
    private const int MaxNote = 40;

    /// <summary>The page's lines (none when the customer has no entries).</summary>
    public static async Task<List<string>> LinesAsync(IKhataDb db, long shopId, Customer customer, DateOnly today, int maxShown, CancellationToken ct)
    {
        var live = db.Entries.Where(e => e.ShopId == shopId && e.CustomerId == customer.Id && e.DeletedAt == null);
        var total = await live.CountAsync(ct);
        if (total == 0)
        {
            return [];
        }

        // In the order things happened (by date, then number, as back-dated entries slot in where they belong).
        var shown = (await live.OrderByDescending(e => e.Date).ThenByDescending(e => e.Number).Take(maxShown).ToListAsync(ct))
            .AsEnumerable().Reverse().ToList();

        // The kept balance is the sum of all live entries, so the balance before the shown ones is that minus
        // theirs: no need to read the older rows.
        var running = customer.BalancePaise - shown.Sum(e => e.BalanceEffectPaise);
        var lines = new List<string>();
        if (total > shown.Count)
        {
            lines.Add($"(last {shown.Count} of {total} entries; before them: {LedgerText.Balance(running)})");
        }

        foreach (var entry in shown)
        {
            running += entry.BalanceEffectPaise;
            lines.Add($"{LedgerText.Day(entry.Date, today)} {Describe(entry, today)} → {LedgerText.Balance(running)}");
        }

        return lines;
    }

    private static string Describe(Entry entry, DateOnly today)
    {
        // Notes can be 200 characters; 30 of those would not fit in one chat message.
        var note = string.IsNullOrWhiteSpace(entry.Note) ? "" : " " + (entry.Note.Length <= MaxNote ? entry.Note : entry.Note[..(MaxNote - 1)] + "…");
        var due = entry.DueDate is { } d ? $" (due {LedgerText.Day(d, today)})" : "";
        return entry.Kind == EntryKind.Credit
            ? $"#{entry.Number} +{IndianMoney.FormatPaise(entry.AmountPaise)}{note}{due}"
            : $"#{entry.Number} paid {IndianMoney.FormatPaise(entry.AmountPaise)}{note}";
    }
}
