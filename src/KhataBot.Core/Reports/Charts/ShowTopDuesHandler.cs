using System.Text;
using KhataBot.Core.Abstractions;
using KhataBot.Core.Ledger;
using KhataBot.Core.Money;
using KhataBot.Core.Parsing;
using KhataBot.Core.Reports.Pictures;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Reports.Charts;

/// <summary>
/// "top dues": the ten customers who owe most, each with how long they have owed, and a chart of their dues
/// split by age (<see cref="DueAge"/>). Old money is the money least likely to come back, so it is what
/// the shopkeeper should ask for first.
/// </summary>
internal sealed class ShowTopDuesHandler(IKhataDb db, IReportPictures pictures) : ICommandHandler<ShowTopDues>
{
    public const int TopCount = 10;

    public async Task<Reply> HandleAsync(ShowTopDues command, CommandContext context, CancellationToken cancellationToken)
    {
        var shopId = context.Shop.Id;
        var top = await db.Customers
            .Where(c => c.ShopId == shopId && c.RemovedAt == null && c.BalancePaise > 0)
            .OrderByDescending(c => c.BalancePaise).ThenBy(c => c.NameKey)
            .Take(TopCount)
            .Select(c => new { c.Id, c.Name, c.BalancePaise })
            .ToListAsync(cancellationToken);
        if (top.Count == 0)
        {
            return "Nobody owes you anything right now.";
        }

        // Credits summed per customer and day in SQL: a customer's rows are never read one by one.
        var ids = top.Select(c => (long?)c.Id).ToList();
        var credits = (await db.Entries
            .Where(e => e.ShopId == shopId && e.Kind == EntryKind.Credit && e.DeletedAt == null && ids.Contains(e.CustomerId))
            .GroupBy(e => new { e.CustomerId, e.Date })
            .Select(g => new { g.Key.CustomerId, g.Key.Date, Paise = g.Sum(e => e.AmountPaise) })
            .ToListAsync(cancellationToken))
            .ToLookup(c => c.CustomerId!.Value, c => (c.Date, c.Paise));
        var aged = top.Select(c => DueAge.Split(c.Name, c.BalancePaise, credits[c.Id], context.Today)).ToList();

        var text = new StringBuilder($"Top {LedgerText.Plural(aged.Count, "due", "dues")}: {IndianMoney.FormatPaise(aged.Sum(a => a.Paise))}");
        for (var i = 0; i < aged.Count; i++)
        {
            text.Append($"\n{i + 1}. {aged[i].Name}: {IndianMoney.FormatPaise(aged[i].Paise)}, owed for {LedgerText.Plural(aged[i].OwedForDays, "day", "days")}");
        }

        text.Append("\nBy age: ").AppendJoin(", ", DueAge.BucketNames.Select((name, b) => $"{name} {IndianMoney.FormatPaise(aged.Sum(a => a.BucketPaise[b]))}"));
        var subtitle = ReportPictures.Subtitle(context.Shop.Name, $"as of {CalendarWords.Show(context.Today)}");
        return new Reply(text.ToString(), pictures.Draw([new AgedDuesPicture("dues-by-age.png", "Top dues by age", subtitle, aged)]));
    }
}
