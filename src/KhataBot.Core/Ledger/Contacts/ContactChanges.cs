using KhataBot.Core.Abstractions;
using KhataBot.Core.Audit;
using KhataBot.Core.Ledger.Customers;
using KhataBot.Core.Parsing;

namespace KhataBot.Core.Ledger.Contacts;

/// <summary>Sets a customer's phone or address, with an audit record so "undo" can put the old one back.</summary>
internal static class ContactChanges
{
    public static async Task<Reply> SetAsync(IKhataDb db, AuditTrail audit, CommandContext context, ContactField field,
        string customerName, string typed, CancellationToken ct)
    {
        var value = string.Join(' ', typed.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (value.Length == 0)
        {
            return $"What is the {field.Label}? Try: {(field == ContactField.Phone ? Examples.Phone : Examples.Address)}";
        }

        if (value.Length > field.MaxLength)
        {
            return $"That {field.Label} is too long: at most {field.MaxLength} characters, please.";
        }

        var customer = await CustomerFinder.FindAsync(db, context, customerName, ct);
        if (customer is null)
        {
            var verb = field == ContactField.Phone ? "phone" : "address";
            return await CustomerFinder.NotFoundAsync(db, context, customerName, ct, name => $"{verb} {name} {value}");
        }

        var old = field.Get(customer);
        if (old == value)
        {
            return $"{customer.Name}'s {field.Label} is already {value}.";
        }

        field.Set(customer, value);
        audit.Record(context, field.Action, $"{customer.Name}'s {field.Label} set to {value}",
            before: new ContactValue(old), after: new ContactValue(value), customerId: customer.Id);
        return old is null
            ? $"Saved {customer.Name}'s {field.Label}: {value}."
            : $"Changed {customer.Name}'s {field.Label} from {old} to {value}.";
    }
}

/// <summary>Puts back the phone or address a customer had before it was set.</summary>
internal sealed class ContactUndoer(IKhataDb db) : IUndoer
{
    public IReadOnlyCollection<string> Actions { get; } = [.. ContactField.All.Select(f => f.Action)];

    public async Task<string?> UndoAsync(AuditRecord record, CommandContext context, CancellationToken cancellationToken)
    {
        var field = ContactField.All.First(f => f.Action == record.Action);
        var customer = record.CustomerId is { } id ? await db.Customers.FindAsync([id], cancellationToken) : null;
        var before = AuditTrail.Read<ContactValue>(record.Before);
        if (customer is null || customer.ShopId != context.Shop.Id || before is null)
        {
            return null;
        }

        field.Set(customer, before.Value);
        return before.Value is null
            ? $"Undone: {customer.Name} has no {field.Label} again."
            : $"Undone: {customer.Name}'s {field.Label} is back to {before.Value}.";
    }
}
