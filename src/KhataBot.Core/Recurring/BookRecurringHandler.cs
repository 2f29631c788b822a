using KhataBot.Core.Abstractions;
using KhataBot.Core.Ledger;
using KhataBot.Core.Outbox;
using KhataBot.Core.Parsing;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Recurring;

/// <summary>
/// Books a recurring entry for every one of its days up to today not booked yet (after downtime, each missed
/// day once), each exactly as the typed entry would be (numbered, audited, undoable), and tells the chat in
/// one message with an Undo button per entry. <see cref="RecurringEntry.NextOn"/> moves on in the same
/// transaction, so a round that runs twice, or late, books nothing twice.
/// </summary>
internal sealed class BookRecurringHandler(IKhataDb db, IServiceProvider services) : ICommandHandler<BookRecurring>
{
    /// <summary>At most this many days at once (two months of a daily entry): a book left for a year is told, not flooded.</summary>
    public const int MaxCatchUp = 62;

    public async Task<Reply> HandleAsync(BookRecurring command, CommandContext context, CancellationToken cancellationToken)
    {
        var row = await db.RecurringEntries.FirstOrDefaultAsync(r => r.Id == command.RecurringId && r.ShopId == context.Shop.Id, cancellationToken);
        if (row is null || row.CancelledAt is not null || row.NextOn > context.Today)
        {
            return "";
        }

        var customer = row.CustomerId is { } id ? await db.Customers.FirstOrDefaultAsync(c => c.Id == id, cancellationToken) : null;
        var lines = new List<string>();
        var buttons = new List<ReplyButton>();
        for (var booked = 0; row.NextOn <= context.Today && booked < MaxCatchUp; booked++)
        {
            var day = row.NextOn;
            row.NextOn = RecurDays.After(row.Every, row.Day, day);
            if (row.CustomerId is not null && customer is not { RemovedAt: null })
            {
                lines.Add($"Not booked for {LedgerText.Day(day, context.Today)}: that customer is no longer in the book.");
                continue;
            }

            var reply = await CommandDispatcher.DispatchAsync(services, EntryFor(row, customer?.Name, day), context, cancellationToken);
            // Each entry is saved before the next, so a customer's totals count the one before.
            await db.SaveChangesAsync(cancellationToken);
            lines.Add(reply.Text);
            var number = context.Shop.LastEntryNumber;
            if (buttons.Count < 3)
            {
                buttons.Add(new ReplyButton($"↩ Undo #{number}", $"delete #{number}"));
            }
        }

        var text = $"🔁 {RecurringText.When(row.Every, row.Day)}, booked by itself:\n{string.Join('\n', lines)}";
        OutboxWriter.Add(db, context.Shop.ChatId, new Reply(text) { Buttons = buttons }, context.Shop.Id, context.Now);
        return text;
    }

    private static Command EntryFor(RecurringEntry row, string? customer, DateOnly day)
    {
        var amount = Money.Money.FromPaise(row.AmountPaise);
        return row.Kind switch
        {
            EntryKind.Expense => new AddExpense(amount, row.Category ?? Budgets.Categories.Fallback, row.Note, day),
            EntryKind.Income => new AddIncome(amount, row.Category ?? Budgets.Categories.Fallback, row.Note, day),
            EntryKind.Credit => new AddCredit(customer!, amount, row.Note, day, null),
            _ => new AddPayment(customer!, amount, row.Note, day),
        };
    }
}
