using KhataBot.Core.Shops;
using KhataBot.Dashboard.Auth;
using KhataBot.Dashboard.Html;
using KhataBot.Dashboard.Queries;
using KhataBot.Infrastructure.Data;
using static KhataBot.Dashboard.Html.Html;

namespace KhataBot.Dashboard.Pages;

/// <summary>/app/customers: balance, phone, last entry and oldest open due of each customer; search by name
/// or phone as you type (?q=, rows only with partial=1), sort by balance, age of dues or name (?sort=).</summary>
public static class CustomersPage
{
    public static async Task<IResult> ShowAsync(HttpContext context, Viewer viewer, KhataDbContext db, TimeProvider time)
    {
        var query = context.Request.Query;
        var search = query["q"].ToString();
        var sort = query["sort"].ToString() is "age" or "name" ? query["sort"].ToString() : "balance";
        var page = int.TryParse(query["page"], out var p) && p > 0 ? p : 1;
        var today = ShopClock.Today(viewer.Shop, time.GetUtcNow());
        var (rows, count, owed) = await CustomerList.LoadAsync(db, viewer.Shop.Id, search, sort, page, context.RequestAborted);
        var lines = rows.Count == 0
            ? H($"<tr><td colspan=\"4\" class=\"hint\">No customers{When(search.Length > 0, H($" match “{search}”"))}.</td></tr>")
            : Join(rows.Select(r => Row(r, today)));
        if (query["partial"] == "1")
        {
            return Results.Content(lines.Value, "text/html; charset=utf-8");
        }

        string Link(string s) => $"/app/customers?sort={s}&q={Uri.EscapeDataString(search)}";
        var pages = (count + CustomerList.PageSize - 1) / CustomerList.PageSize;
        var body = H($"""
            <form class="filters" method="get" action="/app/customers">
            <label>Search name or phone<input id="customer-search" type="search" name="q" value="{search}" autocomplete="off" placeholder="Ramesh or 98765"></label>
            <input type="hidden" name="sort" value="{sort}">
            <button type="submit">Search</button>
            </form>
            <p id="totals">{Layout.Count(count, "customer", "customers")} · owe you {Layout.Money(owed)} · sort by
            <a href="{Link("balance")}">balance</a>, <a href="{Link("age")}">oldest due</a>, <a href="{Link("name")}">name</a></p>
            <table><thead><tr><th>Customer</th><th class="num">Balance</th><th>Last entry</th><th>Oldest due</th></tr></thead>
            <tbody id="customer-rows">{lines}</tbody></table>
            {Pager.Links("/app/customers", $"sort={sort}&q={Uri.EscapeDataString(search)}", page, pages)}
            """);
        return Layout.Page("Customers", viewer, body, "/app/customers");
    }

    private static Html.Html Row(CustomerRow r, DateOnly today) => H($"""
        <tr><td><a href="/app/customers/{r.Id}">{r.Name}</a>{When(r.Phone is not null, H($"<br><small>{r.Phone}</small>"))}</td>
        <td class="num">{Layout.Money(r.BalancePaise)}</td>
        <td>{(r.LastEntry is { } d ? PeriodChoice.Show(d) : "")}</td>
        <td>{(r.OldestDue is { } due ? H($"<span class=\"{(due < today ? "over" : "")}\">{PeriodChoice.Show(due)}</span>") : Empty)}</td></tr>
        """);
}

/// <summary>Previous and next links under a paged list.</summary>
public static class Pager
{
    public static Html.Html Links(string path, string query, int page, int pages) => pages <= 1 ? Empty : H($"""
        <div class="pager">
        {(page > 1 ? H($"<a class=\"button\" href=\"{path}?{query}&page={page - 1}\">← Newer</a>") : H($"<span></span>"))}
        <span>Page {page} of {pages}</span>
        {(page < pages ? H($"<a class=\"button\" rel=\"next\" href=\"{path}?{query}&page={page + 1}\">Older →</a>") : H($"<span></span>"))}
        </div>
        """);
}
