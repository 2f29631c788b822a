using KhataBot.Core.Abstractions;
using KhataBot.Core.Ledger.Customers;
using KhataBot.Core.Money;
using KhataBot.Core.Parsing;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Statements;

/// <summary>"statement Ramesh june pdf": the customer's statement as a document the shopkeeper can forward,
/// with a one-line summary as its caption.</summary>
internal sealed class SendStatementHandler(IKhataDb db, IStatementDocument document) : ICommandHandler<SendStatement>
{
    public async Task<Reply> HandleAsync(SendStatement command, CommandContext context, CancellationToken cancellationToken)
    {
        var customer = await CustomerFinder.FindAsync(db, context, command.Customer, cancellationToken);
        if (customer is null)
        {
            return await CustomerFinder.NotFoundAsync(db, context, command.Customer, cancellationToken, name => $"statement {name} pdf");
        }

        if (!document.IsAvailable)
        {
            return $"PDF statements are unavailable here. Type history {customer.Name} to see the entries as text.";
        }

        var any = await db.Entries.AnyAsync(e => e.ShopId == context.Shop.Id && e.CustomerId == customer.Id && e.DeletedAt == null, cancellationToken);
        if (!any)
        {
            return $"No entries for {customer.Name} yet, so there is no statement to make.";
        }

        var statement = await StatementQuery.LoadAsync(db, context, customer, command.Period, command.Label, cancellationToken);
        var file = document.Render(statement);
        var period = command.Period is null ? $"all entries to {CustomerStatement.Day(context.Today)}" : command.Label;
        return new Reply($"Statement for {customer.Name}, {period}: {Standing(statement.ClosingPaise)}.", [file]);
    }

    private static string Standing(long paise) => paise switch
    {
        > 0 => $"owes {IndianMoney.FormatPaise(paise)}",
        0 => "all clear",
        _ => $"{IndianMoney.FormatPaise(-paise)} paid in advance",
    };
}
