using KhataBot.Core.Abstractions;
using KhataBot.Core.Help;
using KhataBot.Core.Money;
using KhataBot.Core.Parsing;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Ledger.Views;

/// <summary>"balances": who owes the shop, largest first, and the total; advances apart, since that money is
/// the customers'. Reads the kept balances, so it never has to add up the whole book.</summary>
internal sealed class ShowBalancesHandler(IKhataDb db) : ICommandHandler<ShowBalances>
{
    /// <summary>Everyone a shop is likely to have: the transport splits a long list into several messages.
    /// Past this a chat list stops being useful (export has them all); the total still counts everyone.</summary>
    public const int MaxListed = 500;

    public async Task<Reply> HandleAsync(ShowBalances command, CommandContext context, CancellationToken cancellationToken)
    {
        var customers = db.Customers.Where(c => c.ShopId == context.Shop.Id && c.RemovedAt == null);
        if (!await customers.AnyAsync(cancellationToken))
        {
            return $"No customers yet. Write a credit to start a khata. Try: {HelpText.CreditExample}";
        }

        var owing = await customers.Where(c => c.BalancePaise > 0)
            .OrderByDescending(c => c.BalancePaise).ThenBy(c => c.NameKey)
            .Select(c => new { c.Name, c.BalancePaise })
            .Take(MaxListed)
            .ToListAsync(cancellationToken);
        var owingCount = await customers.CountAsync(c => c.BalancePaise > 0, cancellationToken);
        var owedTotal = await customers.Where(c => c.BalancePaise > 0).SumAsync(c => c.BalancePaise, cancellationToken);
        var advances = await customers.Where(c => c.BalancePaise < 0)
            .OrderBy(c => c.BalancePaise).ThenBy(c => c.NameKey)
            .Select(c => new { c.Name, c.BalancePaise })
            .Take(MaxListed)
            .ToListAsync(cancellationToken);

        var lines = new List<string>();
        if (owing.Count == 0)
        {
            lines.Add("Nobody owes you anything right now.");
        }
        else
        {
            lines.Add($"{LedgerText.Plural(owingCount, "customer owes", "customers owe")} you {IndianMoney.FormatPaise(owedTotal)}:");
            lines.AddRange(owing.Select(c => $"{c.Name} {IndianMoney.FormatPaise(c.BalancePaise)}"));
            if (owingCount > owing.Count)
            {
                lines.Add($"...and {owingCount - owing.Count} more.");
            }
        }

        if (advances.Count > 0)
        {
            lines.Add("Advance with you:");
            lines.AddRange(advances.Select(c => $"{c.Name} {IndianMoney.FormatPaise(-c.BalancePaise)}"));
        }

        return string.Join('\n', lines);
    }
}
