using KhataBot.Core.Abstractions;
using KhataBot.Core.Ledger;
using KhataBot.Core.Money;
using KhataBot.Core.Reminders;
using KhataBot.Core.Reminders.Customers;
using KhataBot.Core.Shops;
using KhataBot.Core.Statements;
using KhataBot.Dashboard.Auth;
using KhataBot.Dashboard.Html;
using KhataBot.Dashboard.Queries;
using KhataBot.Dashboard.Writing;
using KhataBot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using static KhataBot.Dashboard.Html.Html;

namespace KhataBot.Dashboard.Pages;

/// <summary>
/// /app/customers/{id}: one customer's khata with its running balance (the statement's own figures), open
/// dues, phone and address, the statement PDF, whether his customer link is open, and a wa.me reminder.
/// A linked customer sees this page for himself only, without the forms.
/// </summary>
public static class CustomerPage
{
    public const int LinesShown = 200;

    /// <summary>The customer, only if he is in the viewer's shop (and is the viewer, for a customer): any
    /// other id is "not found", the same as one that does not exist.</summary>
    public static Task<Customer?> FindAsync(KhataDbContext db, Viewer viewer, long id, CancellationToken ct) =>
        viewer.IsCustomer && viewer.CustomerId != id
            ? Task.FromResult<Customer?>(null)
            : db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.ShopId == viewer.Shop.Id && c.RemovedAt == null, ct);

    public static async Task<IResult> ShowAsync(long id, HttpContext context, Viewer viewer, KhataDbContext db, TimeProvider time)
    {
        var customer = await FindAsync(db, viewer, id, context.RequestAborted);
        if (customer is null)
        {
            return NotFound(viewer);
        }

        var now = time.GetUtcNow();
        var today = ShopClock.Today(viewer.Shop, now);
        var statement = await StatementQuery.LoadAsync(db, new CommandContext(viewer.Shop, viewer.Name, today, now), customer, null, "All entries", context.RequestAborted);
        var linked = await db.CustomerLinks.AnyAsync(l => l.ShopId == viewer.Shop.Id && l.CustomerId == customer.Id && l.RevokedAt == null && l.ChatId != null, context.RequestAborted);
        var reminder = CustomerReminderText.For(new ReminderSender(viewer.Shop.Name, viewer.Shop.UpiId), customer.Name,
            [.. statement.OpenDues.Select(d => new DueReminder(d.Number, customer.Name, d.LeftPaise, d.DueDate))], today, linkedChat: false);
        var whatsApp = statement.OpenDues.Count > 0 ? WhatsAppLink.For(customer.Phone, reminder) : null;
        var lines = statement.Lines.Reverse().Take(LinesShown).ToList();

        var body = H($"""
            <div class="cards">
            <div class="card" id="balance">{(customer.BalancePaise >= 0 ? "Owes" : "Advance")}<b>{Layout.Money(Math.Abs(customer.BalancePaise))}</b></div>
            <div class="card">Phone<b>{customer.Phone ?? "—"}</b></div>
            <div class="card">Address<b>{customer.Address ?? "—"}</b></div>
            </div>
            <p><a class="button" href="/app/customers/{customer.Id}/statement.pdf">Statement PDF</a>
            {When(whatsApp is not null, H($" <a class=\"button\" href=\"{whatsApp}\" rel=\"noopener\" target=\"_blank\">Remind on WhatsApp</a>"))}</p>
            {When(!viewer.IsCustomer, H($"<p class=\"hint\">{(linked ? $"{customer.Name} has opened his customer link and sees this khata in Telegram." : $"Not linked yet: type “link {customer.Name}” in the chat for a link to forward.")}</p>"))}
            <h2>Open dues</h2>
            {(statement.OpenDues.Count == 0 ? H($"<p class=\"hint\">No open dues.</p>") : H($"""
                <table><tr><th>#</th><th>Due</th><th class="num">Left</th><th></th></tr>
                {statement.OpenDues.Select(d => H($"<tr><td>#{d.Number}</td><td class=\"{(d.DueDate < today ? "over" : "")}\">{PeriodChoice.Show(d.DueDate)}{When(d.PartPaid, H($" <small>part paid</small>"))}</td><td class=\"num\">{Layout.Money(d.LeftPaise)}</td><td>{When(!viewer.IsCustomer, WriteForms.MarkPaid(context, d.Number, customer.Id))}</td></tr>"))}
                </table>
                """))}
            {When(!viewer.IsCustomer, WriteForms.ForCustomer(context, customer))}
            <h2>Khata</h2>
            <table><tr><th>Date</th><th>Entry</th><th class="num">Credit</th><th class="num">Paid</th><th class="num">Balance</th></tr>
            {lines.Select(l => H($"<tr><td>{PeriodChoice.Show(l.Date)}</td><td>#{l.Number} {l.Description}</td><td class=\"num\">{(l.DebitPaise > 0 ? IndianMoney.FormatPaise(l.DebitPaise) : "")}</td><td class=\"num\">{(l.CreditPaise > 0 ? IndianMoney.FormatPaise(l.CreditPaise) : "")}</td><td class=\"num\">{IndianMoney.FormatPaise(l.BalancePaise)}</td></tr>"))}
            </table>
            {When(statement.Lines.Count > LinesShown, H($"<p class=\"hint\">The latest {LinesShown} of {statement.Lines.Count} entries; the statement PDF has them all.</p>"))}
            """);
        return Layout.Page(customer.Name, viewer, body, "/app/customers");
    }

    public static async Task<IResult> StatementAsync(long id, HttpContext context, Viewer viewer, KhataDbContext db, TimeProvider time, IStatementDocument document)
    {
        var customer = await FindAsync(db, viewer, id, context.RequestAborted);
        if (customer is null)
        {
            return NotFound(viewer);
        }

        if (!document.IsAvailable)
        {
            return Results.Problem("PDF statements are unavailable on this machine.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var now = time.GetUtcNow();
        var context2 = new CommandContext(viewer.Shop, viewer.Name, ShopClock.Today(viewer.Shop, now), now);
        var statement = await StatementQuery.LoadAsync(db, context2, customer, null, "All entries", context.RequestAborted);
        var file = document.Render(statement);
        return Results.File(file.Content, file.MediaType, file.FileName);
    }

    public static IResult NotFound(Viewer viewer) =>
        Layout.Page("Not found", viewer, H($"<p class=\"notice\">There is no such customer in this book.</p>"), status: StatusCodes.Status404NotFound);
}
