using KhataBot.Core.Abstractions;
using KhataBot.Core.Audit;
using KhataBot.Core.Ledger.Customers;
using KhataBot.Core.Ledger.Entries;
using KhataBot.Core.Parsing;

namespace KhataBot.Core.Ledger.Payments;

/// <summary>Jama: a customer paid. Only known customers can pay: a payment under a mistyped name would open a
/// second khata with an advance, so the bot asks instead. Paying more than owed is kept as an advance.</summary>
internal sealed class AddPaymentHandler(IKhataDb db, AuditTrail audit) : ICommandHandler<AddPayment>
{
    public async Task<Reply> HandleAsync(AddPayment command, CommandContext context, CancellationToken cancellationToken)
    {
        if (!Amounts.TryToPaise(command.Amount, out var paise, out var problem))
        {
            return problem;
        }

        var customer = await CustomerFinder.FindAsync(db, context, command.Customer, cancellationToken);
        if (customer is null)
        {
            // A button per close name pays that customer instead; dated payments are retyped, not guessed.
            Func<string, string>? retry = command.Date == context.Today
                ? name => $"paid {name} {Money.Money.AsTyped(command.Amount)} {command.Note}".TrimEnd()
                : null;
            return await CustomerFinder.NotFoundAsync(db, context, command.Customer, cancellationToken, retry);
        }

        var entry = NewEntries.Create(db, context, EntryKind.Payment, paise, command.Date, command.Note);
        entry.CustomerId = customer.Id;
        entry.Customer = customer;

        // Re-spreads all payments over the dues, so this one settles the oldest open dues first.
        await CustomerTotals.RefreshAsync(db, customer, cancellationToken, adding: entry);
        NewEntries.Audit(audit, context, entry, customer, broughtCustomer: false);
        return LedgerText.EntryWithBalance(entry, customer, context.Today);
    }
}
