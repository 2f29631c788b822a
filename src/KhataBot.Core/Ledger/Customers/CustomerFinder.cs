using KhataBot.Core.Abstractions;
using KhataBot.Core.Help;

namespace KhataBot.Core.Ledger.Customers;

/// <summary>Finds a customer of the chat's own shop by name, and says what to do when there is none.</summary>
internal static class CustomerFinder
{
    /// <summary>The live customer with this name (any case, any spacing), or null.</summary>
    public static async Task<Customer?> FindAsync(IKhataDb db, CommandContext context, string name, CancellationToken ct) =>
        await HotQueries.CustomerByKeyAsync(db, context.Shop.Id, CustomerNames.KeyOf(name), ct) is { RemovedAt: null } customer ? customer : null;

    /// <summary>"No customer 'Rmesh'. Did you mean Ramesh?" or, with nothing close, where to look. Given
    /// <paramref name="retryWith"/> (the same command for another name), each close name also becomes a
    /// button that runs it.</summary>
    public static async Task<Reply> NotFoundAsync(IKhataDb db, CommandContext context, string name, CancellationToken ct, Func<string, string>? retryWith = null)
    {
        var closest = NameMatcher.Closest(name, await HotQueries.LiveCustomerNamesAsync(db, context.Shop.Id, ct));
        var shown = CustomerNames.Clean(name);
        if (closest.Count == 0)
        {
            return $"No customer '{shown}'. Type customers to see them all.\nNew customers start with a credit. Try: {HelpText.CreditExample}";
        }

        return new Reply($"No customer '{shown}'. Did you mean {string.Join(", ", closest)}?")
        {
            Buttons = retryWith is null ? [] : [.. closest.Select(c => new ReplyButton(c, retryWith(c)))],
        };
    }
}
