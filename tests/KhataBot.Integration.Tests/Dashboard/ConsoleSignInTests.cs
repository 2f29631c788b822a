using System.Net;
using KhataBot.Core.Dashboard;
using KhataBot.Core.Shops;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Dashboard;

/// <summary>The console chat's way in: `dashboard` prints a one-time link; opening it and pressing its button
/// gives the browser a session cookie, once.</summary>
public sealed class ConsoleSignInTests
{
    [Fact]
    public async Task Dashboard_in_the_console_prints_a_link_that_signs_a_browser_in_once()
    {
        await using var app = DashboardApp.Console();
        await KnownBook.WriteAsync(app);
        var link = await app.DashboardLinkAsync();
        Assert.Contains("works once, for 10 minutes", app.ChatText);

        var browser = app.Browser();
        var signIn = await DashboardApp.PostLinkAsync(browser, link);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/app/overview", signIn.Headers.Location?.OriginalString);
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("khata-session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        // Served over plain HTTP here, so not Secure (a Secure cookie would never come back on http://127.0.0.1).
        Assert.DoesNotContain("secure", cookie.Replace("samesite=strict", "", StringComparison.OrdinalIgnoreCase), StringComparison.OrdinalIgnoreCase);

        var overview = await browser.GetStringAsync("/app/overview");
        Assert.Contains("₹1,500", overview); // owed now: Ramesh ₹300 + Suresh ₹1,200

        // The same link again, from another browser: refused, and it gets no session.
        var stranger = app.Browser();
        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.GetAsync(link)).StatusCode);
        var again = await DashboardApp.PostAsync(stranger, "/app/signin", new()
        {
            ["token"] = link.Split('/')[^1],
            [DashboardApp.FormField] = DashboardApp.FormToken(await stranger.GetStringAsync("/app")),
        });
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.GetAsync("/app/overview")).StatusCode);
    }

    [Fact]
    public async Task The_book_keeps_only_the_hash_of_a_sign_in_token()
    {
        await using var app = DashboardApp.Console();
        var token = (await app.DashboardLinkAsync()).Split('/')[^1];
        var stored = await app.ReadAsync(db => db.DashboardSignIns.SingleAsync());
        Assert.Equal(DashboardSignIn.HashOf(token), stored.TokenHash);
        Assert.DoesNotContain(token, stored.TokenHash);
        Assert.Equal(Role.Owner, stored.Role);
        Assert.Equal(DashboardSignIn.ValidFor, stored.ExpiresAt - stored.CreatedAt);
    }

    [Fact]
    public async Task A_link_older_than_ten_minutes_is_refused()
    {
        await using var app = DashboardApp.Console();
        await KnownBook.WriteAsync(app);
        var link = await app.DashboardLinkAsync();
        var hash = DashboardSignIn.HashOf(link.Split('/')[^1]);
        var past = DateTimeOffset.UtcNow.AddMinutes(-11);
        await app.Engine.WriteAsync(db => db.DashboardSignIns.Where(s => s.TokenHash == hash)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.CreatedAt, past.AddMinutes(-10)).SetProperty(x => x.ExpiresAt, past)), CancellationToken.None);

        var browser = app.Browser();
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync(link)).StatusCode);
        var token = DashboardApp.FormToken(await browser.GetStringAsync("/app"));
        var post = await DashboardApp.PostAsync(browser, "/app/signin", new() { ["token"] = link.Split('/')[^1], [DashboardApp.FormField] = token });
        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
        Assert.DoesNotContain("₹1,500", await post.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/app/overview")).StatusCode);
    }

    [Fact]
    public async Task A_made_up_token_is_refused()
    {
        await using var app = DashboardApp.Console();
        var browser = app.Browser();
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/app/signin/AAAAAAAAAAAAAAAAAAAAAA")).StatusCode);
        var token = DashboardApp.FormToken(await browser.GetStringAsync("/app"));
        var post = await DashboardApp.PostAsync(browser, "/app/signin", new() { ["token"] = "AAAAAAAAAAAAAAAAAAAAAA", [DashboardApp.FormField] = token });
        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
    }

    [Fact]
    public async Task Signing_in_without_the_forms_token_is_refused_and_leaves_the_link_unused()
    {
        await using var app = DashboardApp.Console();
        var link = await app.DashboardLinkAsync();
        var browser = app.Browser();
        await browser.GetStringAsync(link);
        var post = await DashboardApp.PostAsync(browser, "/app/signin", new() { ["token"] = link.Split('/')[^1] });
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await DashboardApp.PostLinkAsync(browser, link)).StatusCode);
    }
}
