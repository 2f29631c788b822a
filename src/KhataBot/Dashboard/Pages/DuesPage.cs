using KhataBot.Core.Ledger;
using KhataBot.Core.Reports.Pictures;
using KhataBot.Core.Shops;
using KhataBot.Dashboard.Auth;
using KhataBot.Dashboard.Html;
using KhataBot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using static KhataBot.Dashboard.Html.Html;

namespace KhataBot.Dashboard.Pages;

/// <summary>/app/dues: who owes, and for how long, split by age as `top dues` does (<see cref="DueAge"/>:
/// 0–30, 31–60, 61–90, 90+ days), for the customers who owe most, with the chart `top dues` sends.</summary>
public static class DuesPage
{
    public const int Shown = 50;

    public static async Task<IResult> ShowAsync(HttpContext context, Viewer viewer, KhataDbContext db, TimeProvider time)
    {
        var shopId = viewer.Shop.Id;
        var today = ShopClock.Today(viewer.Shop, time.GetUtcNow());
        var top = await db.Customers.Where(c => c.ShopId == shopId && c.RemovedAt == null && c.BalancePaise > 0)
            .OrderByDescending(c => c.BalancePaise).ThenBy(c => c.NameKey).Take(Shown)
            .Select(c => new { c.Id, c.Name, c.BalancePaise }).ToListAsync(context.RequestAborted);
        var ids = top.Select(c => (long?)c.Id).ToList();
        // Credits summed per customer and day in SQL, as `top dues` does: no customer's rows are read one by one.
        var credits = (await db.Entries
                .Where(e => e.ShopId == shopId && e.Kind == EntryKind.Credit && e.DeletedAt == null && ids.Contains(e.CustomerId))
                .GroupBy(e => new { e.CustomerId, e.Date })
                .Select(g => new { g.Key.CustomerId, g.Key.Date, Paise = g.Sum(e => e.AmountPaise) })
                .ToListAsync(context.RequestAborted))
            .ToLookup(c => c.CustomerId!.Value, c => (c.Date, c.Paise));
        var aged = top.Select(c => (c.Id, Dues: DueAge.Split(c.Name, c.BalancePaise, credits[c.Id], today))).ToList();
        var buckets = DueAge.BucketNames.Select((name, b) => (name, Paise: aged.Sum(a => a.Dues.BucketPaise[b]))).ToList();

        var body = aged.Count == 0
            ? H($"<p class=\"hint\">Nobody owes you anything right now.</p>")
            : H($"""
                <div class="cards">{buckets.Select(b => H($"<div class=\"card\">{b.name}<b>{Layout.Money(b.Paise)}</b></div>"))}</div>
                <img class="chart" alt="Top dues by age" src="/app/charts/dues-by-age.png">
                <div class="wide"><table><tr><th>Customer</th><th class="num">Owes</th>{DueAge.BucketNames.Select(n => H($"<th class=\"num\">{n}</th>"))}</tr>
                {aged.Select(a => H($"<tr><td><a href=\"/app/customers/{a.Id}\">{a.Dues.Name}</a><br><small>owed for {a.Dues.OwedForDays} days</small></td><td class=\"num\">{Layout.Money(a.Dues.Paise)}</td>{a.Dues.BucketPaise.Select(p => H($"<td class=\"num\">{(p > 0 ? Layout.Money(p) : Empty)}</td>"))}</tr>"))}
                </table></div>
                """);
        return Layout.Page("Dues by age", viewer, body, "/app/dues");
    }
}
