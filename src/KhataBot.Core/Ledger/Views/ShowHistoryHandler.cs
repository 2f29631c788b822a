using KhataBot.Core.Abstractions;
using KhataBot.Core.Ledger.Customers;
using KhataBot.Core.Parsing;

namespace KhataBot.Core.Ledger.Views;

/// <summary>"history Ramesh": the customer's entries, oldest first, each with the balance after it (<see cref="HistoryPage"/>).</summary>
internal sealed class ShowHistoryHandler(IKhataDb db) : ICommandHandler<ShowHistory>
{
    public const int MaxShown = 30;

    public async Task<Reply> HandleAsync(ShowHistory command, CommandContext context, CancellationToken cancellationToken)
    {
        var customer = await CustomerFinder.FindAsync(db, context, command.Customer, cancellationToken);
        if (customer is null)
        {
            return await CustomerFinder.NotFoundAsync(db, context, command.Customer, cancellationToken, name => $"history {name}");
        }

        var page = await HistoryPage.LinesAsync(db, context.Shop.Id, customer, context.Today, MaxShown, cancellationToken);
        // Phone and address under the name, as on the top of a khata page: who to call, where to go.
        string[] contact = [.. new[] { customer.Phone is { } p ? $"Phone: {p}" : null, customer.Address is { } a ? $"Address: {a}" : null }.OfType<string>()];
        return page.Count == 0
            ? string.Join('\n', [$"No entries for {customer.Name} yet.", .. contact])
            : string.Join('\n', [$"{customer.Name}'s khata:", .. contact, .. page, LedgerText.BalanceSentence(customer)]);
    }
}
