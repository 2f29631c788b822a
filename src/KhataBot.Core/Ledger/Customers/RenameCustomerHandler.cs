using KhataBot.Core.Abstractions;
using KhataBot.Core.Audit;
using KhataBot.Core.Parsing;

namespace KhataBot.Core.Ledger.Customers;

/// <summary>"rename Ramesh to Ramesh Sharma": the same customer (entries, dues, links) under a new name.
/// A name another live customer has is refused with the merge that would join them.</summary>
internal sealed class RenameCustomerHandler(IKhataDb db, AuditTrail audit) : ICommandHandler<RenameCustomer>
{
    public async Task<Reply> HandleAsync(RenameCustomer command, CommandContext context, CancellationToken cancellationToken)
    {
        var customer = await CustomerFinder.FindAsync(db, context, command.Customer, cancellationToken);
        if (customer is null)
        {
            return await CustomerFinder.NotFoundAsync(db, context, command.Customer, cancellationToken, name => $"rename {name} to {command.NewName}");
        }

        var name = CustomerNames.Clean(command.NewName);
        if (name.Length == 0 || name.Length > Customer.MaxNameLength)
        {
            return $"The new name needs 1 to {Customer.MaxNameLength} letters. Try: {CustomerFixGrammar.RenameExample}";
        }

        if (name == customer.Name)
        {
            return $"{customer.Name} is already called that.";
        }

        var key = Customer.KeyFor(name);
        if (key != customer.NameKey && await HotQueries.CustomerByKeyAsync(db, context.Shop.Id, key, cancellationToken) is { } other)
        {
            if (other.RemovedAt is null)
            {
                return $"There is already a customer {other.Name}, so nothing was changed. If they are the same person: merge {customer.Name} into {other.Name}";
            }

            // A removed customer (undone, or merged away) has nothing live; the name is free for the living.
            // Undo walks back newest first, so this one is never brought back while the name is taken.
            other.NameKey = RetiredKey(other);
        }

        var before = new CustomerName(customer.Name, customer.NameKey);
        customer.Name = name;
        customer.NameKey = key;
        audit.Record(context, LedgerActions.CustomerRenamed, $"Renamed {before.Name} to {name}",
            before: before, after: new CustomerName(name, key), customerId: customer.Id);
        return $"Renamed {before.Name} to {name}. {LedgerText.BalanceSentence(customer)}";
    }

    /// <summary>A key no typed name can produce (names have no '~'), unique by the row's id.</summary>
    private static string RetiredKey(Customer customer)
    {
        var key = $"~{customer.Id}~{customer.NameKey}";
        return key.Length <= Customer.MaxNameLength ? key : key[..Customer.MaxNameLength];
    }
}

/// <summary>A customer's name as the audit trail keeps it.</summary>
internal sealed record CustomerName(string Name, string NameKey);

/// <summary>Gives a renamed customer the old name back.</summary>
internal sealed class CustomerRenamedUndoer(IKhataDb db) : IUndoer
{
    public IReadOnlyCollection<string> Actions { get; } = [LedgerActions.CustomerRenamed];

    public async Task<string?> UndoAsync(AuditRecord record, CommandContext context, CancellationToken cancellationToken)
    {
        var customer = record.CustomerId is { } id ? await db.Customers.FindAsync([id], cancellationToken) : null;
        var before = AuditTrail.Read<CustomerName>(record.Before);
        if (customer is null || customer.ShopId != context.Shop.Id || before is null
            || await HotQueries.CustomerByKeyAsync(db, context.Shop.Id, before.NameKey, cancellationToken) is { } taken && taken.Id != customer.Id)
        {
            return null;
        }

        var renamed = customer.Name;
        customer.Name = before.Name;
        customer.NameKey = before.NameKey;
        return $"Undone: {renamed} is called {before.Name} again.";
    }
}
