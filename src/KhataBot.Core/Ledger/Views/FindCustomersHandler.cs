using KhataBot.Core.Abstractions;
using KhataBot.Core.Ledger.Customers;
using KhataBot.Core.Parsing;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Ledger.Views;

/// <summary>"find ram" / "find 98765": customers whose name contains the words, or whose phone contains the
/// digits (spaces and dashes in either are ignored, since people write numbers both ways).</summary>
internal sealed class FindCustomersHandler(IKhataDb db) : ICommandHandler<FindCustomers>
{
    public const int MaxListed = 30;

    public async Task<Reply> HandleAsync(FindCustomers command, CommandContext context, CancellationToken cancellationToken)
    {
        var key = CustomerNames.KeyOf(command.Query);
        var digits = new string(command.Query.Where(char.IsAsciiDigit).ToArray());
        if (key.Length == 0)
        {
            return $"Find whom? Try: {Examples.Find}";
        }

        // Matched in memory: a shop has hundreds of customers, not millions, and phones are kept as typed.
        var customers = await db.Customers.Where(c => c.ShopId == context.Shop.Id && c.RemovedAt == null)
            .OrderBy(c => c.NameKey)
            .ToListAsync(cancellationToken);
        var found = customers.Where(c => c.NameKey.Contains(key, StringComparison.Ordinal)
                || (digits.Length >= 3 && c.Phone is not null && DigitsOf(c.Phone).Contains(digits, StringComparison.Ordinal)))
            .ToList();
        if (found.Count == 0)
        {
            return $"No customer matches '{command.Query.Trim()}'. Type customers to see them all.";
        }

        var lines = found.Take(MaxListed).Select(CustomerLine.Of).ToList();
        if (found.Count > MaxListed)
        {
            lines.Add($"...and {found.Count - MaxListed} more. Try a longer name.");
        }

        return string.Join('\n', lines);
    }

    private static string DigitsOf(string phone) => new(phone.Where(char.IsAsciiDigit).ToArray());
}
