using KhataBot.Core.Abstractions;
using KhataBot.Core.Audit;
using KhataBot.Core.Help;
using KhataBot.Core.Ledger.Customers;
using KhataBot.Core.Ledger.Entries;
using KhataBot.Core.Parsing;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Ledger.Credits;

/// <summary>Udhar: the customer took goods on credit. A name the book does not know yet starts a new customer,
/// because that is how a shopkeeper opens a khata: by writing the first credit.</summary>
internal sealed class AddCreditHandler(IKhataDb db, AuditTrail audit) : ICommandHandler<AddCredit>
{
    public async Task<Reply> HandleAsync(AddCredit command, CommandContext context, CancellationToken cancellationToken)
    {
        if (!Amounts.TryToPaise(command.Amount, out var paise, out var problem))
        {
            return problem;
        }

        var name = CustomerNames.Clean(command.Customer);
        if (name.Length == 0)
        {
            return $"Whose credit is it? Try: {HelpText.CreditExample}";
        }

        if (name.Length > Customer.MaxNameLength)
        {
            return $"That name is too long: at most {Customer.MaxNameLength} letters, please.";
        }

        var (customer, brought) = await OpenKhataAsync(name, context, cancellationToken);
        var entry = NewEntries.Create(db, context, EntryKind.Credit, paise, command.Date, command.Note);
        entry.Customer = customer;
        entry.DueDate = command.Due;

        await CustomerTotals.RefreshAsync(db, customer, cancellationToken, adding: entry);
        NewEntries.Audit(audit, context, entry, customer, brought);

        var text = LedgerText.EntryWithBalance(entry, customer, context.Today);
        return brought ? $"New customer {customer.Name}.\n{text}" : text;
    }

    /// <summary>The customer with this name, made if new. A removed one (its creation was undone) comes back
    /// rather than being made again: the name is unique per shop across removed customers too.</summary>
    private async Task<(Customer Customer, bool Brought)> OpenKhataAsync(string name, CommandContext context, CancellationToken ct)
    {
        var key = Customer.KeyFor(name);
        var customer = await HotQueries.CustomerByKeyAsync(db, context.Shop.Id, key, ct);
        if (customer is null)
        {
            customer = new Customer { ShopId = context.Shop.Id, Name = name, NameKey = key, CreatedAt = context.Now };
            db.Customers.Add(customer);
            return (customer, true);
        }

        if (customer.RemovedAt is not null)
        {
            customer.RemovedAt = null;
            return (customer, true);
        }

        return (customer, false);
    }
}
