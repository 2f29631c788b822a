using KhataBot.Core.Abstractions;
using KhataBot.Core.Money;
using KhataBot.Core.Parsing;

namespace KhataBot.Core.Reports.Questions;

/// <summary>"profit this month", "munafa": income minus expenses. Udhar and its payments only move money
/// between the shop and its customers, so they are named but not counted.</summary>
internal sealed class ShowProfitHandler(IKhataDb db) : ICommandHandler<ShowProfit>
{
    public async Task<Reply> HandleAsync(ShowProfit command, CommandContext context, CancellationToken cancellationToken)
    {
        var totals = await PeriodTotals.LoadAsync(db, context.Shop.Id, command.Period, cancellationToken);
        var profit = totals.IncomePaise - totals.ExpensePaise;
        var word = profit >= 0 ? "Profit" : "Loss";
        return $"{word} in {command.Label}: {IndianMoney.FormatPaise(Math.Abs(profit))}\n"
            + $"Income {IndianMoney.FormatPaise(totals.IncomePaise)} − expenses {IndianMoney.FormatPaise(totals.ExpensePaise)}.\n"
            + $"Udhar given ({IndianMoney.FormatPaise(totals.Credits.Paise)}) and payments received ({IndianMoney.FormatPaise(totals.Payments.Paise)}) are not counted.";
    }
}
