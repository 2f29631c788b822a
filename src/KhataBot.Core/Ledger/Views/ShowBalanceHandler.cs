using KhataBot.Core.Abstractions;
using KhataBot.Core.Ledger.Customers;
using KhataBot.Core.Ledger.Dues;
using KhataBot.Core.Money;
using KhataBot.Core.Parsing;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Ledger.Views;

/// <summary>"balance Ramesh": what they owe, which dues are open (and late), and when they last paid,
/// which is what the shopkeeper needs before asking for money.</summary>
internal sealed class ShowBalanceHandler(IKhataDb db) : ICommandHandler<ShowBalance>
{
    public async Task<Reply> HandleAsync(ShowBalance command, CommandContext context, CancellationToken cancellationToken)
    {
        var customer = await CustomerFinder.FindAsync(db, context, command.Customer, cancellationToken);
        if (customer is null)
        {
            return await CustomerFinder.NotFoundAsync(db, context, command.Customer, cancellationToken, name => $"balance {name}");
        }

        var lines = new List<string> { LedgerText.BalanceSentence(customer) };
        var dues = await OpenDues.ForAsync(db, customer, cancellationToken);
        if (dues.Count > 0)
        {
            lines.Add("Open dues:");
            lines.AddRange(dues.Select(d => OpenDues.Line(d, context.Today)));
        }

        var lastPayment = await db.Entries
            .Where(e => e.ShopId == context.Shop.Id && e.CustomerId == customer.Id && e.Kind == EntryKind.Payment && e.DeletedAt == null)
            .OrderByDescending(e => e.Date).ThenByDescending(e => e.Number)
            .Select(e => new { e.AmountPaise, e.Date })
            .FirstOrDefaultAsync(cancellationToken);
        lines.Add(lastPayment is null
            ? "No payments yet."
            : $"Last paid {IndianMoney.FormatPaise(lastPayment.AmountPaise)} on {LedgerText.Day(lastPayment.Date, context.Today)}.");

        if (customer.Phone is { } phone)
        {
            lines.Add($"Phone: {phone}");
        }

        if (customer.Address is { } address)
        {
            lines.Add($"Address: {address}");
        }

        return new Reply(string.Join('\n', lines)) { Buttons = [new ReplyButton("History", $"history {customer.Name}")] };
    }
}
