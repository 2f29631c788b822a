using KhataBot.Core.Budgets;
using KhataBot.Core.Exports;
using KhataBot.Core.Ledger;
using KhataBot.Core.Shops;
using KhataBot.Dashboard.Auth;
using KhataBot.Dashboard.Html;
using KhataBot.Dashboard.Queries;
using KhataBot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using static KhataBot.Dashboard.Html.Html;

namespace KhataBot.Dashboard.Pages;

/// <summary>/app/entries: every live entry, filtered by period, kind, category and customer, 50 a page,
/// newest first; /app/entries.csv is the same filter as the Excel-safe CSV of `export` (owner only, as
/// `export` is).</summary>
public static class EntriesPage
{
    public static async Task<IResult> ShowAsync(HttpContext context, Viewer viewer, KhataDbContext db, TimeProvider time)
    {
        var today = ShopClock.Today(viewer.Shop, time.GetUtcNow());
        var filter = EntryFilter.From(context.Request.Query, today);
        var (rows, count, paise) = await EntryList.PageAsync(db, viewer.Shop.Id, filter, context.RequestAborted);
        var categories = Categories.BuiltIn.Union(await ShopDirectory.CategoriesAsync(db, viewer.Shop, context.RequestAborted)).Order().ToList();
        var customer = filter.CustomerId is { } id
            ? await db.Customers.Where(c => c.Id == id && c.ShopId == viewer.Shop.Id).Select(c => c.Name).FirstOrDefaultAsync(context.RequestAborted)
            : null;
        var pages = (count + EntryList.PageSize - 1) / EntryList.PageSize;
        var kinds = new[] { EntryKind.Credit, EntryKind.Payment, EntryKind.Expense, EntryKind.Income };

        var body = H($"""
            <form class="filters" method="get" action="/app/entries">
            {PeriodPicker.Fields(filter.Period, today, allTime: true)}
            <label>Kind<select name="kind"><option value="">All</option>{kinds.Select(k => H($"<option value=\"{k.ToString().ToLowerInvariant()}\"{(filter.Kind == k ? H($" selected") : Empty)}>{ExportRow.KindName(k)}</option>"))}</select></label>
            <label>Category<select name="category"><option value="">All</option>{categories.Select(c => H($"<option{(filter.Category == c ? H($" selected") : Empty)}>{c}</option>"))}</select></label>
            {When(filter.CustomerId is not null, H($"<input type=\"hidden\" name=\"customer\" value=\"{filter.CustomerId}\">"))}
            <button type="submit">Filter</button>
            </form>
            <p id="totals">{Layout.Count(count, "entry", "entries")}, {Layout.Money(paise)}, {filter.Period.Label}{When(customer is not null, H($", {customer} only (<a href=\"/app/entries?{filter.Period.Query}\">everyone</a>)"))}
            {When(viewer.IsOwner, H($" · <a href=\"/app/entries.csv?{filter.Query}\">Download CSV</a>"))}</p>
            <table><thead><tr><th>#</th><th>Date</th><th>Entry</th><th class="num">Amount</th></tr></thead><tbody>
            {(rows.Count == 0 ? H($"<tr><td colspan=\"4\" class=\"hint\">No entries match.</td></tr>") : Join(rows.Select(Row)))}
            </tbody></table>
            {Pager.Links("/app/entries", filter.Query, filter.Page, pages)}
            """);
        return Layout.Page("Entries", viewer, body, "/app/entries");
    }

    private static Html.Html Row(ExportRow r) => H($"""
        <tr><td>#{r.Number}</td><td>{PeriodChoice.Show(r.Date)}</td>
        <td>{ExportRow.KindName(r.Kind)} {(r.CustomerId is { } c ? H($"<a href=\"/app/customers/{c}\">{r.Customer}</a>") : H($"{r.Category}"))}{When(r.Note is not null, H($" <small>{r.Note}</small>"))}</td>
        <td class="num">{Layout.Money(r.AmountPaise)}</td></tr>
        """);

    public static async Task<IResult> CsvAsync(HttpContext context, Viewer viewer, KhataDbContext db, TimeProvider time)
    {
        var today = ShopClock.Today(viewer.Shop, time.GetUtcNow());
        var rows = await EntryList.AllAsync(db, viewer.Shop.Id, EntryFilter.From(context.Request.Query, today), context.RequestAborted);
        var file = CsvExport.Write(rows, viewer.Shop, today);
        return Results.File(file.Content, file.MediaType + "; charset=utf-8", file.FileName);
    }
}
