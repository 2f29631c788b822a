using System.Globalization;
using KhataBot.Core.Abstractions;
using KhataBot.Core.Ledger;
using KhataBot.Core.Money;
using KhataBot.Core.Parsing;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Reports.Questions;

/// <summary>"how much did I spend on tea this month": the period's expenses of a category, or of entries
/// whose note mentions the item.</summary>
internal sealed class ShowSpendingHandler(IKhataDb db) : ICommandHandler<ShowSpending>
{
    public async Task<Reply> HandleAsync(ShowSpending command, CommandContext context, CancellationToken cancellationToken)
    {
        var expenses = db.Entries.Where(e => e.ShopId == context.Shop.Id && e.Kind == EntryKind.Expense && e.DeletedAt == null
            && e.Date >= command.Period.From && e.Date <= command.Period.To);
        if (command.Category is { } category)
        {
            var lower = category.ToLowerInvariant();
            expenses = expenses.Where(e => e.Category == lower);
        }
        else if (command.Note is { } note)
        {
            // SQLite's LIKE ignores case for Latin letters; % and _ typed by the user are escaped.
            var pattern = "%" + note.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            expenses = expenses.Where(e => e.Note != null && EF.Functions.Like(e.Note, pattern, "\\"));
        }

        var found = await expenses.GroupBy(_ => 1).Select(g => new { Paise = g.Sum(e => e.AmountPaise), Count = g.Count() }).FirstOrDefaultAsync(cancellationToken);
        var what = command.Category ?? command.Note ?? "everything";
        if (found is null || found.Count == 0) return $"Nothing spent on {what} in {command.Label}.";
        var entries = found.Count == 1 ? "1 entry" : $"{found.Count.ToString(CultureInfo.InvariantCulture)} entries";
        return $"Spent on {what} in {command.Label}: {IndianMoney.FormatPaise(found.Paise)} ({entries}).";
    }
}
