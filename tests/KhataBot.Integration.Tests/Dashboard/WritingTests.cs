using System.Net;
using KhataBot.Core.Ledger;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Dashboard;

/// <summary>Entries made from the page go through the engine as chat messages: booked, audited, confirmed in
/// the chat, and taken back by `undo` there.</summary>
public sealed class WritingTests
{
    private static Task<long> IdOfAsync(DashboardApp app, string name) =>
        app.ReadAsync(db => db.Customers.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());

    [Fact]
    public async Task A_credit_from_the_page_is_booked_confirmed_in_the_chat_and_undone_there()
    {
        await using var app = DashboardApp.Console();
        await KnownBook.WriteAsync(app);
        var browser = await app.SignedInBrowserAsync();
        var ramesh = await IdOfAsync(app, "Ramesh");

        var response = await DashboardApp.PostWithTokenAsync(browser, $"/app/customers/{ramesh}", "/app/add/credit",
            new() { ["customer"] = $"{ramesh}", ["amount"] = "1,250.50", ["note"] = "sugar" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.True(page.Contains("#6 Ramesh +₹1,250.50 sugar. Ramesh owes ₹1,550.50.", StringComparison.Ordinal), page[page.IndexOf("<main>", StringComparison.Ordinal)..]);

        var entry = await app.ReadAsync(db => db.Entries.SingleAsync(e => e.Number == 6));
        Assert.Equal(EntryKind.Credit, entry.Kind);
        Assert.Equal(1_250_50, entry.AmountPaise);
        Assert.Equal("sugar", entry.Note);
        Assert.Equal("Asha", entry.EnteredBy);
        Assert.True(await app.ReadAsync(db => db.AuditRecords.AnyAsync(a => a.EntryId == entry.Id)));

        // The console chat prints the same confirmation, as for a typed message.
        await app.WaitForChatAsync("#6 Ramesh +₹1,250.50 sugar. Ramesh owes ₹1,550.50.");
        app.Type("undo");
        await app.WaitForChatAsync("Undone: #6");
        Assert.NotNull(await app.ReadAsync(db => db.Entries.Where(e => e.Number == 6).Select(e => e.DeletedAt).SingleAsync()));
        Assert.Equal(300_00, await app.ReadAsync(db => db.Customers.Where(c => c.Id == ramesh).Select(c => c.BalancePaise).SingleAsync()));
    }

    [Fact]
    public async Task A_payment_an_expense_and_a_new_customers_credit_are_booked_as_in_the_chat()
    {
        await using var app = DashboardApp.Console();
        await KnownBook.WriteAsync(app);
        var browser = await app.SignedInBrowserAsync();
        var suresh = await IdOfAsync(app, "Suresh Kumar");

        var paid = await DashboardApp.PostWithTokenAsync(browser, "/app/add", "/app/add/payment", new() { ["customer"] = $"{suresh}", ["amount"] = "200" });
        Assert.Contains("Suresh Kumar paid ₹200. Suresh Kumar owes ₹1,000.", await paid.Content.ReadAsStringAsync());
        var spent = await DashboardApp.PostWithTokenAsync(browser, "/app/add", "/app/add/expense", new() { ["amount"] = "120", ["category"] = "transport", ["note"] = "auto" });
        Assert.Contains("Spent ₹120 on transport (auto).", await spent.Content.ReadAsStringAsync());
        var due = DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd");
        var credit = await DashboardApp.PostWithTokenAsync(browser, "/app/add", "/app/add/credit", new() { ["name"] = "Mohan Lal", ["amount"] = "450", ["due"] = due });
        var text = await credit.Content.ReadAsStringAsync();
        Assert.Contains("New customer Mohan Lal.", text);
        Assert.Contains("#8 Mohan Lal +₹450, due", text);
        var mohan = await app.ReadAsync(db => db.Entries.Include(e => e.Customer).SingleAsync(e => e.Customer!.Name == "Mohan Lal"));
        Assert.Equal(DateOnly.Parse(due), mohan.DueDate);
        await app.WaitForChatAsync("Spent ₹120 on transport (auto).");
    }

    [Fact]
    public async Task Paid_under_a_due_books_what_is_left_of_it_once()
    {
        await using var app = DashboardApp.Console();
        await KnownBook.WriteAsync(app);
        var browser = await app.SignedInBrowserAsync();
        var suresh = await IdOfAsync(app, "Suresh Kumar");
        var page = await browser.GetStringAsync($"/app/customers/{suresh}");
        Assert.Contains("action=\"/app/dues/2/paid\"", page);

        var response = await DashboardApp.PostWithTokenAsync(browser, $"/app/customers/{suresh}", "/app/dues/2/paid", new() { ["customer"] = $"{suresh}" });
        Assert.Contains("Suresh Kumar paid ₹1,200", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.ReadAsync(db => db.Customers.Where(c => c.Id == suresh).Select(c => c.BalancePaise).SingleAsync()));
        await DashboardApp.PostWithTokenAsync(browser, "/app/add", "/app/dues/2/paid", new());
        Assert.Equal(1, await app.ReadAsync(db => db.Entries.CountAsync(e => e.PaysDueNumber == 2 && e.DeletedAt == null)));
        Assert.DoesNotContain("action=\"/app/dues/2/paid\"", await browser.GetStringAsync($"/app/customers/{suresh}"));
    }

    [Fact]
    public async Task Bad_amounts_names_and_categories_are_refused_with_an_example_and_book_nothing()
    {
        await using var app = DashboardApp.Console();
        await KnownBook.WriteAsync(app);
        var browser = await app.SignedInBrowserAsync();
        var before = await app.ReadAsync(db => db.Entries.CountAsync());
        foreach (var (action, fields, example) in new (string, Dictionary<string, string>, string)[]
        {
            ("/app/add/credit", new() { ["name"] = "Ramesh", ["amount"] = "abc" }, "e.g. 500"),
            ("/app/add/credit", new() { ["name"] = "Ramesh", ["amount"] = "-5" }, "e.g. 500"),
            ("/app/add/credit", new() { ["name"] = "Ramesh", ["amount"] = "1.234" }, "e.g. 500"),
            ("/app/add/credit", new() { ["name"] = " ", ["amount"] = "5" }, "e.g. Ramesh"),
            ("/app/add/credit", new() { ["name"] = "Ramesh", ["amount"] = "5", ["due"] = "2020-01-01" }, "today or later"),
            ("/app/add/expense", new() { ["amount"] = "5", ["category"] = "weapons" }, "e.g. food"),
        })
        {
            var response = await DashboardApp.PostWithTokenAsync(browser, "/app/add", action, fields);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Contains(example, body);
            Assert.Contains("Nothing was added.", body);
        }

        Assert.Equal(before, await app.ReadAsync(db => db.Entries.CountAsync()));
    }
}
