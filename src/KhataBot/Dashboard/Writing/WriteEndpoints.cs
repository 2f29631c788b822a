using System.Globalization;
using KhataBot.Core;
using KhataBot.Core.Abstractions;
using KhataBot.Core.Ledger;
using KhataBot.Core.Parsing;
using KhataBot.Core.Shops;
using KhataBot.Dashboard.Auth;
using KhataBot.Dashboard.Html;
using KhataBot.Dashboard.Pages;
using KhataBot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using static KhataBot.Dashboard.Html.Html;

namespace KhataBot.Dashboard.Writing;

/// <summary>
/// Writing from the page: each form becomes the same command a chat message would (AddCredit, AddPayment,
/// AddExpense, PayDue) and goes through the engine as a message from the viewer in his chat, with a
/// delivery key: so it is the one writer's, audited, undoable with `undo`, refused for staff exactly as in
/// the chat, and its reply (with its Undo button) goes to the chat through the outbox, as a typed message's
/// would. The page shows the same reply. Ids in a form are looked up in the viewer's own shop only.
/// </summary>
public static class WriteEndpoints
{
    public static async Task<IResult> CreditAsync(HttpContext context, Viewer viewer, KhataDbContext db, KhataEngine engine, TimeProvider time) =>
        await CustomerEntryAsync(context, viewer, db, engine, time, credit: true);

    public static async Task<IResult> PaymentAsync(HttpContext context, Viewer viewer, KhataDbContext db, KhataEngine engine, TimeProvider time) =>
        await CustomerEntryAsync(context, viewer, db, engine, time, credit: false);

    private static async Task<IResult> CustomerEntryAsync(HttpContext context, Viewer viewer, KhataDbContext db, KhataEngine engine, TimeProvider time, bool credit)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        string name;
        if (long.TryParse(form["customer"], out var id))
        {
            var customer = await CustomerPage.FindAsync(db, viewer, id, context.RequestAborted);
            if (customer is null)
            {
                return CustomerPage.NotFound(viewer);
            }

            name = customer.Name;
        }
        else
        {
            name = string.Join(' ', form["name"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (name.Length is 0 or > Customer.MaxNameLength)
            {
                return Refused(viewer, "Write the customer's name (up to 60 letters), e.g. Ramesh.");
            }
        }

        if (Amount(form["amount"]) is not { } amount)
        {
            return Refused(viewer, "Write the amount in rupees, e.g. 500 or 1250.50.");
        }

        var today = ShopClock.Today(viewer.Shop, time.GetUtcNow());
        var note = Note(form["note"]);
        DateOnly? due = null;
        if (credit && form["due"].ToString() is { Length: > 0 } dueText)
        {
            if (!DateOnly.TryParseExact(dueText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) || day < today)
            {
                return Refused(viewer, "A due date must be today or later, e.g. the 30th of next month.");
            }

            due = day;
        }

        Command command = credit ? new AddCredit(name, amount, note, today, due) : new AddPayment(name, amount, note, today);
        return await RunAsync(viewer, engine, command, context.RequestAborted);
    }

    public static async Task<IResult> ExpenseAsync(HttpContext context, Viewer viewer, KhataDbContext db, KhataEngine engine, TimeProvider time)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (Amount(form["amount"]) is not { } amount)
        {
            return Refused(viewer, "Write the amount in rupees, e.g. 300.");
        }

        var category = form["category"].ToString().Trim().ToLowerInvariant();
        var known = WriteForms.ExpenseCategories(await ShopDirectory.CategoriesAsync(db, viewer.Shop, context.RequestAborted));
        if (!known.Contains(category))
        {
            return Refused(viewer, "Pick one of the shop's categories, e.g. food.");
        }

        var today = ShopClock.Today(viewer.Shop, time.GetUtcNow());
        return await RunAsync(viewer, engine, new AddExpense(amount, category, Note(form["note"]), today), context.RequestAborted);
    }

    public static async Task<IResult> PayDueAsync(int number, HttpContext context, Viewer viewer, KhataDbContext db, KhataEngine engine)
    {
        var exists = await db.Entries.AnyAsync(e => e.ShopId == viewer.Shop.Id && e.Number == number && e.Kind == EntryKind.Credit
            && e.DueDate != null && e.DeletedAt == null, context.RequestAborted);
        if (!exists)
        {
            return Layout.Page("Not found", viewer, H($"<p class=\"notice\">There is no due #{number} in this book.</p>"), status: StatusCodes.Status404NotFound);
        }

        return await RunAsync(viewer, engine, new PayDue(number), context.RequestAborted);
    }

    private static async Task<IResult> RunAsync(Viewer viewer, KhataEngine engine, Command command, CancellationToken ct)
    {
        var (chatId, isGroup) = viewer.ReplyChat;
        var message = new IncomingMessage(chatId, viewer.Name, "")
        {
            SenderId = viewer.UserId,
            IsGroupChat = isGroup,
            Delivery = new Delivery($"web:{Guid.NewGuid():N}", MessageId: null),
        };
        var reply = await engine.HandleAsync(message, command, ct);
        var status = reply.Outcome switch
        {
            MessageOutcome.NotSaved => StatusCodes.Status503ServiceUnavailable,
            MessageOutcome.Failed => StatusCodes.Status500InternalServerError,
            _ => StatusCodes.Status200OK,
        };
        return Layout.Page("Done", viewer, H($"""
            <p class="notice" id="reply">{reply.Text}</p>
            <p class="hint">The chat got the same message{When(reply.EntryNumber is not null, H($"; type undo there to take it back"))}.</p>
            <p><a class="button" href="/app/add">Add another</a> <a class="button" href="/app/overview">Overview</a></p>
            """), status: status);
    }

    private static IResult Refused(Viewer viewer, string why) =>
        Layout.Page("Not added", viewer, H($"<p class=\"notice\">{why} Nothing was added.</p><p><a href=\"/app/add\">Back</a></p>"), status: StatusCodes.Status400BadRequest);

    /// <summary>Rupees as people type them in a form: "500", "1,250.50", "₹500"; above zero, at most paise.</summary>
    private static decimal? Amount(string? text)
    {
        var plain = (text ?? "").Replace("₹", "").Replace(",", "").Trim();
        return decimal.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            && amount > 0 && amount <= 10_00_00_000m && decimal.Round(amount, 2) == amount
            ? amount
            : null;
    }

    private static string? Note(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim() is var t && t.Length > Entry.MaxNoteLength ? t[..Entry.MaxNoteLength] : text.Trim();
}
