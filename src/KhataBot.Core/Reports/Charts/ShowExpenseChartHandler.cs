using System.Text;
using KhataBot.Core.Abstractions;
using KhataBot.Core.Money;
using KhataBot.Core.Parsing;
using KhataBot.Core.Reports.Pictures;

namespace KhataBot.Core.Reports.Charts;

/// <summary>"chart expenses june": the period's expenses by category as a donut, the same figures in the text
/// so the answer still says everything where pictures cannot be drawn.</summary>
internal sealed class ShowExpenseChartHandler(IKhataDb db, IReportPictures pictures) : ICommandHandler<ShowExpenseChart>
{
    public async Task<Reply> HandleAsync(ShowExpenseChart command, CommandContext context, CancellationToken cancellationToken)
    {
        var period = ReportText.PeriodName(command.Label, command.Period);
        var expenses = (await PeriodTotals.LoadAsync(db, context.Shop.Id, command.Period, cancellationToken)).Expenses;
        if (expenses.Count == 0)
        {
            return $"No expenses in {period}.";
        }

        var text = new StringBuilder($"Expenses in {period}: {IndianMoney.FormatPaise(expenses.Sum(e => e.Paise))}");
        var shares = Shares.Percentages([.. expenses.Select(e => e.Paise)]);
        for (var i = 0; i < expenses.Count; i++)
        {
            text.Append($"\n• {expenses[i].Name}: {IndianMoney.FormatPaise(expenses[i].Paise)} ({(shares[i] == 0 ? "<1" : shares[i])}%)");
        }

        var subtitle = ReportPictures.Subtitle(context.Shop.Name, period);
        return new Reply(text.ToString(), pictures.Draw([new SharesPicture("expenses.png", "Expenses by category", subtitle, expenses)]));
    }
}
