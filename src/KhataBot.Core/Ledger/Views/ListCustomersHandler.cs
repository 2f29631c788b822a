using KhataBot.Core.Abstractions;
using KhataBot.Core.Help;
using KhataBot.Core.Parsing;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Ledger.Views;

/// <summary>"customers": everyone in the book, A to Z, with phone and balance.</summary>
internal sealed class ListCustomersHandler(IKhataDb db) : ICommandHandler<ListCustomers>
{
    /// <summary>Long lists go out in several messages; beyond this, "find" is the better tool.</summary>
    public const int MaxListed = 500;

    public async Task<Reply> HandleAsync(ListCustomers command, CommandContext context, CancellationToken cancellationToken)
    {
        var customers = db.Customers.Where(c => c.ShopId == context.Shop.Id && c.RemovedAt == null);
        var count = await customers.CountAsync(cancellationToken);
        if (count == 0)
        {
            return $"No customers yet. Write a credit to start a khata. Try: {HelpText.CreditExample}";
        }

        var listed = await customers.OrderBy(c => c.NameKey).Take(MaxListed).ToListAsync(cancellationToken);
        var lines = new List<string> { $"Customers ({count}):" };
        lines.AddRange(listed.Select(CustomerLine.Of));
        if (count > listed.Count)
        {
            lines.Add($"...and {count - listed.Count} more. Type find NAME to look one up.");
        }

        return string.Join('\n', lines);
    }
}
