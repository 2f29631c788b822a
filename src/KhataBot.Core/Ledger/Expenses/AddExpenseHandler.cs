using KhataBot.Core.Abstractions;
using KhataBot.Core.Audit;
using KhataBot.Core.Ledger.Entries;
using KhataBot.Core.Parsing;

namespace KhataBot.Core.Ledger.Expenses;

/// <summary>Money the shop spent. When the category has a monthly budget the reply says how the month stands,
/// because that is the moment the shopkeeper can still hold back.</summary>
internal sealed class AddExpenseHandler(IKhataDb db, AuditTrail audit) : ICommandHandler<AddExpense>
{
    public async Task<Reply> HandleAsync(AddExpense command, CommandContext context, CancellationToken cancellationToken)
    {
        if (!Amounts.TryToPaise(command.Amount, out var paise, out var problem))
        {
            return problem;
        }

        var entry = NewEntries.Create(db, context, EntryKind.Expense, paise, command.Date, command.Note);
        entry.Category = NewEntries.CleanCategory(command.Category);

        NewEntries.Audit(audit, context, entry, customer: null, broughtCustomer: false);

        var text = LedgerText.EntryWithBalance(entry, null, context.Today);
        var budget = await BudgetLine.ForAsync(db, context, entry, cancellationToken);
        return budget is null ? text : $"{text}\n{budget}";
    }
}
