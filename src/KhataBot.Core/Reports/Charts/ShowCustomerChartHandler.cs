using KhataBot.Core.Abstractions;
using KhataBot.Core.Ledger;
using KhataBot.Core.Ledger.Customers;
using KhataBot.Core.Money;
using KhataBot.Core.Parsing;
using KhataBot.Core.Reports.Pictures;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Reports.Charts;

/// <summary>
/// "chart Ramesh": the customer's credits and payments as bars and their balance as a line, by day for a
/// young khata and by month (the last twelve) for an older one. The balance before the window is today's
/// kept balance less the window's entries, so older rows are never read.
/// </summary>
internal sealed class ShowCustomerChartHandler(IKhataDb db, IReportPictures pictures) : ICommandHandler<ShowCustomerChart>
{
    /// <summary>Fewer days would make a handful of fat bars.</summary>
    private const int MinDays = 7;

    private const int MaxMonths = 12;

    public async Task<Reply> HandleAsync(ShowCustomerChart command, CommandContext context, CancellationToken cancellationToken)
    {
        var customer = await CustomerFinder.FindAsync(db, context, command.Customer, cancellationToken);
        if (customer is null)
        {
            return await CustomerFinder.NotFoundAsync(db, context, command.Customer, cancellationToken, name => $"chart {name}");
        }

        var entries = db.Entries.Where(e => e.ShopId == context.Shop.Id && e.CustomerId == customer.Id && e.DeletedAt == null);
        var span = await entries.GroupBy(e => 1).Select(g => new { First = g.Min(e => e.Date), Last = g.Max(e => e.Date) }).SingleOrDefaultAsync(cancellationToken);
        if (span is null)
        {
            return $"No entries for {customer.Name} yet.";
        }

        var period = Window(span.First, span.Last > context.Today ? span.Last : context.Today);
        var flows = await Flows.LoadAsync(entries, period, cancellationToken);
        var opening = customer.BalancePaise - flows.TotalChangePaise;
        var range = ReportText.Describe(period);
        var text = $"{LedgerText.BalanceSentence(customer)}\n{range}: credit {IndianMoney.FormatPaise(flows.CreditPaise.Sum())}, paid {IndianMoney.FormatPaise(flows.PaymentPaise.Sum())}.";
        var picture = new FlowPicture("khata.png", $"{customer.Name}'s khata", ReportPictures.Subtitle(context.Shop.Name, range),
            period.From, period.To, flows.ByMonth, flows.CreditPaise, flows.PaymentPaise, flows.Owed(opening), "Balance");
        return new Reply(text, pictures.Draw([picture])) { Buttons = [new ReplyButton("History", $"history {customer.Name}")] };
    }

    private static DateRange Window(DateOnly first, DateOnly last)
    {
        if (last.DayNumber - first.DayNumber + 1 <= Flows.MaxDays)
        {
            var from = last.AddDays(1 - MinDays);
            return new DateRange(first < from ? first : from, last);
        }

        var monthsBack = new DateOnly(last.Year, last.Month, 1).AddMonths(1 - MaxMonths);
        var firstMonth = new DateOnly(first.Year, first.Month, 1);
        return new DateRange(firstMonth > monthsBack ? firstMonth : monthsBack, last);
    }
}
