using KhataBot.Core.Abstractions;
using KhataBot.Core.Audit;
using KhataBot.Core.Ledger;
using KhataBot.Core.Ledger.Customers;
using KhataBot.Core.Ledger.Entries;
using KhataBot.Core.Parsing;

namespace KhataBot.Core.Recurring;

/// <summary>"every month rent 5000 on 1st": kept, to be booked from its next day on (not today: the
/// shopkeeper may have written today's already). Undo takes it back before it books anything.</summary>
internal sealed class AddRecurringHandler(IKhataDb db, AuditTrail audit) : ICommandHandler<AddRecurring>
{
    public const string Action = "recurring.add";

    public async Task<Reply> HandleAsync(AddRecurring command, CommandContext context, CancellationToken cancellationToken)
    {
        var (kind, amount, category, note, customerName) = command.Inner switch
        {
            AddExpense e => (EntryKind.Expense, e.Amount, NewEntries.CleanCategory(e.Category), e.Note, null),
            AddIncome i => (EntryKind.Income, i.Amount, NewEntries.CleanCategory(i.Source), i.Note, null),
            AddCredit c => (EntryKind.Credit, c.Amount, null, c.Note, c.Customer),
            AddPayment p => (EntryKind.Payment, p.Amount, (string?)null, p.Note, (string?)p.Customer),
            _ => throw new ArgumentException("Only entries recur.", nameof(command)),
        };

        if (!Amounts.TryToPaise(amount, out var paise, out var problem))
        {
            return problem;
        }

        Customer? customer = null;
        if (customerName is not null)
        {
            // A recurring credit is for a khata that exists: a typo must not open a new one every month.
            customer = await CustomerFinder.FindAsync(db, context, customerName, cancellationToken);
            if (customer is null)
            {
                return await CustomerFinder.NotFoundAsync(db, context, customerName, cancellationToken);
            }
        }

        var row = new RecurringEntry
        {
            ShopId = context.Shop.Id, Kind = kind, AmountPaise = paise, Category = category, Note = NewEntries.CleanNote(note), CustomerId = customer?.Id,
            Every = command.Every, Day = command.Day, NextOn = RecurDays.After(command.Every, command.Day, context.Today),
            CreatedBy = context.By, CreatedAt = context.Now,
        };
        db.RecurringEntries.Add(row);
        // Its id goes into the audit record, so undo finds it.
        await db.SaveChangesAsync(cancellationToken);
        var text = RecurringText.Describe(row, customer?.Name);
        audit.Record(context, Action, $"Recurring: {text}", after: new RecurringRef(row.Id), customerId: customer?.Id);
        return $"Recurring: {text}. First on {LedgerText.Day(row.NextOn, context.Today)}; I'll book it and tell you each time.\n"
            + "Type recurring to see them all.";
    }
}

/// <summary>Which recurring entry an audit record is about.</summary>
internal sealed record RecurringRef(long Id);

/// <summary>Takes back "every month …" (it stops), or "cancel recurring" (it starts again from its next day).</summary>
internal sealed class RecurringUndoer(IKhataDb db) : IUndoer
{
    public IReadOnlyCollection<string> Actions { get; } = [AddRecurringHandler.Action, CancelRecurringHandler.Action];

    public async Task<string?> UndoAsync(AuditRecord record, CommandContext context, CancellationToken cancellationToken)
    {
        var id = AuditTrail.Read<RecurringRef>(record.After)?.Id;
        var row = id is null ? null : await db.RecurringEntries.FindAsync([id.Value], cancellationToken);
        if (row is null || row.ShopId != context.Shop.Id)
        {
            return null;
        }

        if (record.Action == AddRecurringHandler.Action)
        {
            if (row.CancelledAt is not null)
            {
                return null;
            }

            row.CancelledAt = context.Now;
            return $"Undone: {record.Summary}. It will not be booked.";
        }

        if (row.CancelledAt is null)
        {
            return null;
        }

        row.CancelledAt = null;
        // Days that passed while it was cancelled are not booked afterwards.
        if (row.NextOn < context.Today)
        {
            row.NextOn = RecurDays.After(row.Every, row.Day, context.Today.AddDays(-1));
        }

        return $"Undone: cancel of {record.Summary["Cancelled recurring: ".Length..]}. Next on {LedgerText.Day(row.NextOn, context.Today)}.";
    }
}
