using KhataBot.Core.Abstractions;
using KhataBot.Core.Audit;
using KhataBot.Core.Ledger.Entries;
using KhataBot.Core.Parsing;

namespace KhataBot.Core.Ledger.Expenses;

/// <summary>Money the shop received that is not a customer's payment (a sale in cash, rent, interest).</summary>
internal sealed class AddIncomeHandler(IKhataDb db, AuditTrail audit) : ICommandHandler<AddIncome>
{
    public Task<Reply> HandleAsync(AddIncome command, CommandContext context, CancellationToken cancellationToken)
    {
        if (!Amounts.TryToPaise(command.Amount, out var paise, out var problem))
        {
            return Task.FromResult<Reply>(problem);
        }

        var entry = NewEntries.Create(db, context, EntryKind.Income, paise, command.Date, command.Note);
        entry.Category = NewEntries.CleanCategory(command.Source);

        NewEntries.Audit(audit, context, entry, customer: null, broughtCustomer: false);
        return Task.FromResult<Reply>(LedgerText.EntryWithBalance(entry, null, context.Today));
    }
}
