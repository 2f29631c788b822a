using KhataBot.Core.Abstractions;
using KhataBot.Core.Ledger;
using KhataBot.Core.Money;
using KhataBot.Core.Parsing;
using KhataBot.Core.Reports.Pictures;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Reports.Charts;

/// <summary>"chart dues": who owes most right now, one bar each, from the kept balances.</summary>
internal sealed class ShowDuesChartHandler(IKhataDb db, IReportPictures pictures) : ICommandHandler<ShowDuesChart>
{
    /// <summary>As many bars as stay readable on a phone; the text gives the total over everyone.</summary>
    public const int MaxShown = 15;

    public async Task<Reply> HandleAsync(ShowDuesChart command, CommandContext context, CancellationToken cancellationToken)
    {
        var owing = db.Customers.Where(c => c.ShopId == context.Shop.Id && c.RemovedAt == null && c.BalancePaise > 0);
        var totals = await owing.GroupBy(c => 1).Select(g => new { Count = g.Count(), Paise = g.Sum(c => c.BalancePaise) }).SingleOrDefaultAsync(cancellationToken);
        if (totals is null)
        {
            return "Nobody owes you anything right now.";
        }

        var top = await owing.OrderByDescending(c => c.BalancePaise).ThenBy(c => c.NameKey).Take(MaxShown)
            .Select(c => new NamedSum(c.Name, c.BalancePaise, 0)).ToListAsync(cancellationToken);
        var text = $"{LedgerText.Plural(totals.Count, "customer owes", "customers owe")} you {IndianMoney.FormatPaise(totals.Paise)}."
            + (totals.Count > top.Count ? $" The chart shows the {top.Count} who owe most." : "");
        var subtitle = ReportPictures.Subtitle(context.Shop.Name, $"as of {CalendarWords.Show(context.Today)}");
        return new Reply(text, pictures.Draw([new AmountsPicture("dues.png", "Who owes most", subtitle, top)]));
    }
}
