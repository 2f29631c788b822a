using KhataBot.Core.Abstractions;
using KhataBot.Core.Ledger.Customers;
using KhataBot.Core.Parsing;

namespace KhataBot.Core.Ledger.Contacts;

/// <summary>"address Ramesh": where to find the customer, and his phone when it is kept.</summary>
internal sealed class ShowAddressHandler(IKhataDb db) : ICommandHandler<ShowAddress>
{
    public async Task<Reply> HandleAsync(ShowAddress command, CommandContext context, CancellationToken cancellationToken)
    {
        var customer = await CustomerFinder.FindAsync(db, context, command.Customer, cancellationToken);
        if (customer is null)
        {
            return await CustomerFinder.NotFoundAsync(db, context, command.Customer, cancellationToken, name => $"address {name}");
        }

        var address = customer.Address is { } kept
            ? $"{customer.Name}'s address: {kept}"
            : $"No address kept for {customer.Name}. To save one: address {customer.Name}{(customer.Name.Contains(' ') ? "," : "")} 12 MG Road";
        return customer.Phone is { } phone ? $"{address}\nPhone: {phone}" : address;
    }
}
