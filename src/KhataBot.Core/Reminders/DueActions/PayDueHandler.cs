using KhataBot.Core.Abstractions;
using KhataBot.Core.Audit;
using KhataBot.Core.Ledger;
using KhataBot.Core.Ledger.Dues;
using KhataBot.Core.Ledger.Entries;
using KhataBot.Core.Parsing;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Reminders.DueActions;

/// <summary>
/// "paid #12", the [Paid] button of a reminder: books a payment of what is left on the due, exactly as
/// "paid Ramesh 500" would (numbered, audited, undone by undo or its [Undo] button). The payment remembers
/// the due it was for, so a second press (the same button tapped twice, or an old reminder's button) books
/// nothing while the due stays paid, and says which payment paid it.
/// </summary>
internal sealed class PayDueHandler(IKhataDb db, AuditTrail audit) : ICommandHandler<PayDue>
{
    public async Task<Reply> HandleAsync(PayDue command, CommandContext context, CancellationToken cancellationToken)
    {
        var (due, problem) = await DueLookup.OpenAsync(db, context, command.Number, cancellationToken);
        if (due is null)
        {
            // Pressed again after it was paid: say which payment did it rather than that the due is closed.
            var earlier = await db.Entries
                .Include(e => e.Customer)
                .FirstOrDefaultAsync(e => e.ShopId == context.Shop.Id && e.Kind == EntryKind.Payment && e.PaysDueNumber == command.Number && e.DeletedAt == null, cancellationToken);
            return earlier is null ? problem! : $"Already booked: {LedgerText.EntryWithBalance(earlier, earlier.Customer, context.Today)}";
        }

        var customer = due.Customer!;
        var payment = NewEntries.Create(db, context, EntryKind.Payment, DueStates.LeftPaise(due), context.Today, $"for #{command.Number}");
        payment.PaysDueNumber = command.Number;
        payment.CustomerId = customer.Id;
        payment.Customer = customer;
        await CustomerTotals.RefreshAsync(db, customer, cancellationToken, adding: payment);
        NewEntries.Audit(audit, context, payment, customer, broughtCustomer: false);
        return LedgerText.EntryWithBalance(payment, customer, context.Today);
    }
}
