using KhataBot.Core.Reminders.Notices;
using KhataBot.Core.Shops;
using KhataBot.Dashboard.Auth;
using KhataBot.Dashboard.Html;
using KhataBot.Dashboard.Queries;
using KhataBot.Infrastructure.Data;
using static KhataBot.Dashboard.Html.Html;

namespace KhataBot.Dashboard.Pages;

/// <summary>/app/budgets: each budget this month, spent, left, and where the month ends at this pace (the
/// same pace the budget warnings use, <see cref="BudgetPace"/>).</summary>
public static class BudgetsPage
{
    public static async Task<IResult> ShowAsync(HttpContext context, Viewer viewer, KhataDbContext db, TimeProvider time)
    {
        var today = ShopClock.Today(viewer.Shop, time.GetUtcNow());
        var budgets = await BudgetRows.ThisMonthAsync(db, viewer.Shop.Id, today, context.RequestAborted);
        var body = budgets.Count == 0
            ? H($"<p class=\"hint\">No budgets yet. Type “budget food 5000” in the chat to set one.</p>")
            : H($"""
                <table><tr><th>Category</th><th class="num">Budget</th><th class="num">Spent</th><th class="num">Left</th><th>Pace</th></tr>
                {budgets.Select(b =>
                {
                    var pace = new BudgetPace(b.Category, b.SpentPaise, b.LimitPaise, today);
                    var width = Math.Min(100, b.Percent);
                    return H($"""
                        <tr><td>{b.Category}<br><meter min="0" max="100" low="80" high="99" optimum="0" value="{width}">{b.Percent}%</meter></td>
                        <td class="num">{Layout.Money(b.LimitPaise)}</td><td class="num">{Layout.Money(b.SpentPaise)} <small>{b.Percent}%</small></td>
                        <td class="num {(b.IsOver ? "over" : "")}">{Layout.Money(b.LimitPaise - b.SpentPaise)}</td>
                        <td>{(pace.ProjectedPaise is { } end ? H($"<span class=\"{(end > b.LimitPaise ? "over" : "ok")}\">about {Layout.Money(end)} by month end</span>") : H($"<small>from tomorrow</small>"))}</td></tr>
                        """);
                })}
                </table>
                """);
        return Layout.Page("Budgets this month", viewer, body, "/app/budgets");
    }
}
