using KhataBot.Core.Abstractions;
using KhataBot.Core.Budgets;
using KhataBot.Core.Parsing;
using KhataBot.Core.Reports.Pictures;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Reports;

/// <summary>
/// "report" / "report june": the period's khata (credit, payments, what is owed), expenses by category,
/// income by source, budget use and net cash. Every figure is summed by SQLite; see
/// <see cref="PeriodTotals"/> and <see cref="OwedAtEnd"/> for why that stays fast on a large book.
/// With a chart renderer the text comes with up to three pictures (<see cref="ReportPictures"/>).
/// </summary>
public sealed class ShowReportHandler(IKhataDb db, IReportPictures pictures) : ICommandHandler<ShowReport>
{
    public async Task<Reply> HandleAsync(ShowReport command, CommandContext context, CancellationToken cancellationToken)
    {
        var shopId = context.Shop.Id;
        var period = command.Period.From <= command.Period.To ? command.Period : new DateRange(command.Period.To, command.Period.From);
        var totals = await PeriodTotals.LoadAsync(db, shopId, period, cancellationToken);
        var owed = await OwedAtEnd.LoadAsync(db, shopId, period.To, cancellationToken);

        if (totals.IsEmpty)
        {
            return ReportText.Write(new ReportData(command.Label, period, totals, owed, [], PeriodBudget.Basis(period)));
        }

        var spent = totals.Expenses.ToDictionary(e => e.Name, e => e.Paise);
        var limits = await db.Budgets.AsNoTracking().Where(b => b.ShopId == shopId).OrderBy(b => b.Category).ToListAsync(cancellationToken);
        IReadOnlyList<BudgetUse> budgets;
        string basis;
        if (PeriodBudget.MonthSoFar(period) is { } month && limits.Count > 0)
        {
            // Part of one month: the month's use so far against the whole monthly budget.
            var spentInMonth = await Spending.ByCategoryAsync(db, shopId, month, cancellationToken);
            budgets = [.. limits.Select(b => new BudgetUse(b.Category, spentInMonth.GetValueOrDefault(b.Category), b.AmountPaise))];
            basis = $"this month so far, {ReportText.Describe(month)}";
        }
        else
        {
            budgets = [.. limits.Select(b => new BudgetUse(b.Category, spent.GetValueOrDefault(b.Category), PeriodBudget.LimitPaise(b.AmountPaise, period)))];
            basis = PeriodBudget.Basis(period);
        }

        var data = new ReportData(command.Label, period, totals, owed, budgets, basis);
        var flows = await Flows.LoadAsync(Flows.OfShop(db, shopId), period, cancellationToken);
        return new Reply(ReportText.Write(data), pictures.Draw(ReportPictures.For(data, flows, context.Shop.Name)));
    }
}
