using KhataBot.Core.Shops;
using KhataBot.Dashboard.Auth;
using KhataBot.Dashboard.Html;
using KhataBot.Dashboard.Queries;
using KhataBot.Infrastructure.Data;
using static KhataBot.Dashboard.Html.Html;

namespace KhataBot.Dashboard.Pages;

/// <summary>/app/overview: what is owed now, the period's credit, payments, spending and income, budgets,
/// dues this week and overdue, and the report's own charts.</summary>
public static class OverviewPage
{
    public static async Task<IResult> ShowAsync(HttpContext context, Viewer viewer, KhataDbContext db, TimeProvider time)
    {
        var today = ShopClock.Today(viewer.Shop, time.GetUtcNow());
        var period = PeriodChoice.From(context.Request.Query, today);
        var o = await Overview.LoadAsync(db, viewer.Shop.Id, period.Range, today, context.RequestAborted);
        var t = o.Totals;
        var charts = new List<string>();
        if (!t.IsEmpty && t.Credits.Count + t.Payments.Count > 0) charts.Add("credit-and-payments");
        if (t.Expenses.Count > 0) charts.Add("expenses");
        if (!t.IsEmpty && o.Budgets.Count > 0) charts.Add("budgets");

        var body = H($"""
            <form class="filters" method="get" action="/app/overview">{PeriodPicker.Fields(period, today)}<button type="submit">Show</button></form>
            <div class="cards">
            <div class="card" id="owed">Owed to you now<b>{Layout.Money(o.OwedPaise)}</b><small>{Layout.Count(o.Owing, "customer", "customers")}{When(o.AdvancePaise > 0, H($", {Layout.Money(o.AdvancePaise)} advance"))}</small></div>
            <div class="card" id="credit">Credit given, {period.Label}<b>{Layout.Money(t.Credits.Paise)}</b><small>{Layout.Count(t.Credits.Count, "entry", "entries")}</small></div>
            <div class="card" id="payments">Payments received<b>{Layout.Money(t.Payments.Paise)}</b><small>{Layout.Count(t.Payments.Count, "entry", "entries")}</small></div>
            <div class="card" id="spending">Spending<b>{Layout.Money(t.ExpensePaise)}</b></div>
            <div class="card" id="income">Income<b>{Layout.Money(t.IncomePaise)}</b><small>net cash {Layout.Money(t.NetCashPaise)}</small></div>
            <div class="card" id="overdue"><a href="/app/dues">Overdue</a><b class="{(o.Overdue.Count > 0 ? "over" : "")}">{Layout.Money(o.Overdue.Paise)}</b><small>{Layout.Count(o.Overdue.Count, "due", "dues")}</small></div>
            <div class="card" id="due-week"><a href="/app/dues">Due this week</a><b>{Layout.Money(o.DueThisWeek.Paise)}</b><small>{Layout.Count(o.DueThisWeek.Count, "due", "dues")}</small></div>
            </div>
            <h2>Spending by category</h2>
            {SpendingTable(o)}
            <h2>Income and spending</h2>
            <table><tr><td>Income</td><td class="num">{Layout.Money(t.IncomePaise)}</td></tr>
            <tr><td>Payments received</td><td class="num">{Layout.Money(t.Payments.Paise)}</td></tr>
            <tr><td>Spending</td><td class="num">{Layout.Money(t.ExpensePaise)}</td></tr>
            <tr><th>Net cash</th><th class="num">{Layout.Money(t.NetCashPaise)}</th></tr></table>
            {When(charts.Count > 0, H($"<h2>Charts</h2>{charts.Select(c => H($"<img class=\"chart\" loading=\"lazy\" alt=\"{c}\" src=\"/app/charts/{c}.png?{period.Query}\">"))}"))}
            """);
        return Layout.Page("Overview", viewer, body, "/app/overview");
    }

    private static Html.Html SpendingTable(Overview o)
    {
        var budgets = o.Budgets.ToDictionary(b => b.Category);
        var names = o.Totals.Expenses.Select(e => e.Name).Union(budgets.Keys).ToList();
        if (names.Count == 0)
        {
            return H($"<p class=\"hint\">No spending in this period.</p>");
        }

        var spent = o.Totals.Expenses.ToDictionary(e => e.Name, e => e.Paise);
        return H($"""
            <table><tr><th>Category</th><th class="num">Spent</th><th class="num">Budget (this month)</th></tr>
            {names.Select(n => H($"<tr><td>{n}</td><td class=\"num\">{Layout.Money(spent.GetValueOrDefault(n))}</td><td class=\"num\">{(budgets.TryGetValue(n, out var b) ? H($"<span class=\"{(b.IsOver ? "over" : "")}\">{Layout.Money(b.SpentPaise)} of {Layout.Money(b.LimitPaise)}</span>") : H($"<span class=\"hint\">none</span>"))}</td></tr>"))}
            </table>
            """);
    }
}
