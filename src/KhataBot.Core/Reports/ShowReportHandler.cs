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
        IReadOnlyList<BudgetUse> budgets = [.. (await db.Budgets.AsNoTracking().Where(b => b.ShopId == shopId).OrderBy(b => b.Category).ToListAsync(cancellationToken))
            .Select(b => new BudgetUse(b.Category, spent.GetValueOrDefault(b.Category), PeriodBudget.LimitPaise(b.AmountPaise, period)))];

        var data = new ReportData(command.Label, period, totals, owed, budgets, PeriodBudget.Basis(period));
        var flows = await Flows.LoadAsync(Flows.OfShop(db, shopId), period, cancellationToken);
        return new Reply(ReportText.Write(data), pictures.Draw(ReportPictures.For(data, flows, context.Shop.Name)));
    }
}
