using KhataBot.Core.Abstractions;
using KhataBot.Core.Ledger.Customers;
using KhataBot.Core.Money;
using KhataBot.Core.Parsing;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Ledger.Views;

/// <summary>"history Ramesh": the customer's entries, oldest first, each with the balance after it, like the
/// page of a paper khata. Long khatas show their latest entries only.</summary>
internal sealed class ShowHistoryHandler(IKhataDb db) : ICommandHandler<ShowHistory>
{
    public const int MaxShown = 30;

    private const int MaxNote = 40;

    public async Task<Reply> HandleAsync(ShowHistory command, CommandContext context, CancellationToken cancellationToken)
    {
        var customer = await CustomerFinder.FindAsync(db, context, command.Customer, cancellationToken);
        if (customer is null)
        {
            return await CustomerFinder.NotFoundAsync(db, context, command.Customer, cancellationToken, name => $"history {name}");
        }

        var live = db.Entries.Where(e => e.ShopId == context.Shop.Id && e.CustomerId == customer.Id && e.DeletedAt == null);
        var total = await live.CountAsync(cancellationToken);
        if (total == 0)
        {
            return $"No entries for {customer.Name} yet.";
        }

        // In the order things happened (by date, then number, as back-dated entries slot in where they belong).
        var shown = (await live.OrderByDescending(e => e.Date).ThenByDescending(e => e.Number).Take(MaxShown).ToListAsync(cancellationToken))
            .AsEnumerable().Reverse().ToList();

        // The kept balance is the sum of all live entries, so the balance before the shown ones is that minus
        // theirs: no need to read the older rows.
        var running = customer.BalancePaise - shown.Sum(e => e.BalanceEffectPaise);
        var lines = new List<string> { $"{customer.Name}'s khata:" };
        if (total > shown.Count)
        {
            lines.Add($"(last {shown.Count} of {total} entries; before them: {LedgerText.Balance(running)})");
        }

        foreach (var entry in shown)
        {
            running += entry.BalanceEffectPaise;
            lines.Add($"{LedgerText.Day(entry.Date, context.Today)} {Describe(entry, context.Today)} → {LedgerText.Balance(running)}");
        }

        lines.Add(LedgerText.BalanceSentence(customer));
        return string.Join('\n', lines);
    }

    public static string Describe(Entry entry, DateOnly today)
    {
        // Notes can be 200 characters; 30 of those would not fit in one chat message.
        var note = string.IsNullOrWhiteSpace(entry.Note) ? "" : " " + (entry.Note.Length <= MaxNote ? entry.Note : entry.Note[..(MaxNote - 1)] + "…");
        var due = entry.DueDate is { } d ? $" (due {LedgerText.Day(d, today)})" : "";
        return entry.Kind == EntryKind.Credit
            ? $"#{entry.Number} +{IndianMoney.FormatPaise(entry.AmountPaise)}{note}{due}"
            : $"#{entry.Number} paid {IndianMoney.FormatPaise(entry.AmountPaise)}{note}";
    }
}
