using System.Net;
using KhataBot.Core.Ledger;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Dashboard;

/// <summary>What every route refuses: no session, no antiforgery token, another shop's ids.</summary>
public sealed class RefusalTests
{
    private static Task<long> CustomerIdAsync(DashboardApp app, string name, long chatId = DashboardApp.ConsoleChatId) =>
        app.ReadAsync(db => db.Customers.Where(c => c.Name == name && db.Shops.Any(s => s.Id == c.ShopId && s.ChatId == chatId)).Select(c => c.Id).SingleAsync());

    private static Task<int> LiveEntriesAsync(DashboardApp app) => app.ReadAsync(db => db.Entries.CountAsync(e => e.DeletedAt == null));

    [Fact]
    public async Task Without_a_session_every_route_answers_401_and_shows_nothing_of_the_book()
    {
        await using var app = DashboardApp.Console();
        await KnownBook.WriteAsync(app);
        var ramesh = await CustomerIdAsync(app, "Ramesh");
        var browser = app.Browser();
        foreach (var page in DashboardRoutes.Pages(ramesh))
        {
            var response = await browser.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{page}: {response.StatusCode}");
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("Ramesh", body);
            Assert.DoesNotContain("₹", body);
        }

        // With a valid form token (from the public start page) but no session: still nothing is written.
        var before = await LiveEntriesAsync(app);
        foreach (var (action, fields) in DashboardRoutes.Forms(ramesh, dueNumber: 1))
        {
            var response = await DashboardApp.PostWithTokenAsync(browser, "/app", action, fields);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{action}: {response.StatusCode}");
        }

        Assert.Equal(before, await LiveEntriesAsync(app));
    }

    [Fact]
    public async Task A_form_without_its_antiforgery_token_is_refused_and_books_nothing()
    {
        await using var app = DashboardApp.Console();
        await KnownBook.WriteAsync(app);
        var ramesh = await CustomerIdAsync(app, "Ramesh");
        var browser = await app.SignedInBrowserAsync();
        var before = await LiveEntriesAsync(app);
        foreach (var (action, fields) in DashboardRoutes.Forms(ramesh, dueNumber: 1))
        {
            var missing = await DashboardApp.PostAsync(browser, action, new(fields));
            Assert.True(missing.StatusCode == HttpStatusCode.BadRequest, $"{action} without a token: {missing.StatusCode}");
            var forged = await DashboardApp.PostAsync(browser, action, new(fields) { [DashboardApp.FormField] = "CfDJ8forged" });
            Assert.True(forged.StatusCode == HttpStatusCode.BadRequest, $"{action} with a made-up token: {forged.StatusCode}");
        }

        Assert.Equal(before, await LiveEntriesAsync(app));
        // The same forms with the page's token do go through: the refusals above were for the token alone.
        foreach (var (action, fields) in DashboardRoutes.Forms(ramesh, dueNumber: 1))
        {
            var response = await DashboardApp.PostWithTokenAsync(browser, "/app/add", action, new(fields));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{action}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        Assert.Equal(before + 5, await LiveEntriesAsync(app));
    }

    [Fact]
    public async Task Another_shops_ids_in_a_url_or_a_form_reach_nothing_of_that_shop()
    {
        await using var app = DashboardApp.Console();
        await KnownBook.WriteAsync(app);
        // Another book on the same host (another chat's shop) with a customer of its own and a due #1.
        const long otherChat = 777;
        await app.SendAsync("add Vikram Singh 987 secret-stuff due in 4 days", otherChat, senderId: otherChat, sender: "Other");
        var vikram = await CustomerIdAsync(app, "Vikram Singh", otherChat);
        var browser = await app.SignedInBrowserAsync();

        foreach (var page in DashboardRoutes.Pages(vikram))
        {
            var response = await browser.GetAsync(page);
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("Vikram", body);
            Assert.DoesNotContain("secret-stuff", body);
            if (response.Content.Headers.ContentType?.MediaType is "text/html" or "text/csv")
            {
                Assert.DoesNotContain("₹987", body);
            }
            if (page.StartsWith($"/app/customers/{vikram}", StringComparison.Ordinal))
            {
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            }
        }

        // The other shop's customer in a form: not found, nothing booked in either book.
        var before = await LiveEntriesAsync(app);
        var credit = await DashboardApp.PostWithTokenAsync(browser, "/app/add", "/app/add/credit", new() { ["customer"] = $"{vikram}", ["amount"] = "100" });
        Assert.Equal(HttpStatusCode.NotFound, credit.StatusCode);
        var payment = await DashboardApp.PostWithTokenAsync(browser, "/app/add", "/app/add/payment", new() { ["customer"] = $"{vikram}", ["amount"] = "100" });
        Assert.Equal(HttpStatusCode.NotFound, payment.StatusCode);
        Assert.Equal(before, await LiveEntriesAsync(app));

        // "Paid" on the other shop's due number pays this shop's own #1 if it is a due (numbers are per book),
        // never the other shop's: Vikram still owes all of it.
        await DashboardApp.PostWithTokenAsync(browser, "/app/add", "/app/dues/1/paid", new());
        Assert.Equal(98_700, await app.ReadAsync(db => db.Customers.Where(c => c.Id == vikram).Select(c => c.BalancePaise).SingleAsync()));
        // A due number this shop does not have: not found.
        var missing = await DashboardApp.PostWithTokenAsync(browser, "/app/add", "/app/dues/99/paid", new());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
