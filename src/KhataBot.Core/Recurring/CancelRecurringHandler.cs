using KhataBot.Core.Abstractions;
using KhataBot.Core.Audit;
using KhataBot.Core.Parsing;

namespace KhataBot.Core.Recurring;

/// <summary>"cancel recurring 2": it books nothing more; what it booked stays (delete those by number).</summary>
internal sealed class CancelRecurringHandler(IKhataDb db, AuditTrail audit) : ICommandHandler<CancelRecurring>
{
    public const string Action = "recurring.cancel";

    public async Task<Reply> HandleAsync(CancelRecurring command, CommandContext context, CancellationToken cancellationToken)
    {
        var rows = await RecurringList.ActiveAsync(db, context.Shop.Id, cancellationToken);
        if (command.Position > rows.Count)
        {
            return rows.Count == 0
                ? "There are no recurring entries to cancel."
                : $"There is no recurring entry {command.Position}; there are {rows.Count}. Type recurring to see them.";
        }

        var (row, customer) = rows[command.Position - 1];
        row.CancelledAt = context.Now;
        var text = RecurringText.Describe(row, customer);
        audit.Record(context, Action, $"Cancelled recurring: {text}", after: new RecurringRef(row.Id), customerId: row.CustomerId);
        return $"Cancelled: {text}. It will not be booked again.";
    }
}
