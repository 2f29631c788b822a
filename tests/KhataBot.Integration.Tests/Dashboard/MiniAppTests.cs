using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KhataBot.Integration.Tests.Support;
using KhataBot.Telegram.StandIn;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Dashboard;

/// <summary>
/// The dashboard as a Telegram Mini App, on the Bot API stand-in: the menu button and the `dashboard` button
/// open it at Web:PublicUrl, and the page signs in with initData signed as Telegram signs it (HMAC-SHA256,
/// key HMAC-SHA256("WebAppData", token)), mapping the user to owner, staff or linked customer.
/// </summary>
public sealed partial class MiniAppTests : IAsyncLifetime
{
    private const long Owner = 5001;
    private const long Helper = 6001;
    private const long Customer = 7001;
    private const long Stranger = 8001;

    private BotApiStandIn _telegram = null!;
    private DashboardApp _app = null!;

    public async Task InitializeAsync()
    {
        _telegram = await BotApiStandIn.StartAsync();
        _app = DashboardApp.Telegram(_telegram);
        await KnownBook.WriteAsync(_app, Owner, Owner);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _telegram.DisposeAsync();
    }

    /// <summary>initData as Telegram makes it: fields sorted into key=value lines, signed, URL-encoded.</summary>
    private string InitData(long userId, DateTimeOffset? authDate = null, string? token = null, Func<string, string>? tamper = null)
    {
        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["auth_date"] = (authDate ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            ["query_id"] = "AAHdF6IQAAAAAN0XohDhrOrc",
            ["user"] = $$"""{"id":{{userId}},"first_name":"User{{userId}}","language_code":"en"}""",
        };
        var secret = HMACSHA256.HashData(Encoding.UTF8.GetBytes("WebAppData"), Encoding.UTF8.GetBytes(token ?? _telegram.Token));
        var hash = Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(string.Join('\n', fields.Select(f => $"{f.Key}={f.Value}")))));
        var query = string.Join('&', fields.Select(f => $"{f.Key}={Uri.EscapeDataString(f.Value)}")) + $"&hash={hash}";
        return tamper?.Invoke(query) ?? query;
    }

    private async Task<(HttpClient Browser, HttpResponseMessage Response)> OpenMiniAppAsync(string? initData)
    {
        // The Mini App is served over HTTPS (Web:PublicUrl), so its cookies are Secure.
        var browser = _app.Browser(https: true);
        var start = await browser.GetStringAsync("/app");
        Assert.Contains("id=\"telegram-sign-in\"", start);
        var fields = new Dictionary<string, string> { [DashboardApp.FormField] = DashboardApp.FormToken(start) };
        if (initData is not null) fields["initData"] = initData;
        return (browser, await DashboardApp.PostAsync(browser, "/app/telegram", fields));
    }

    [Fact]
    public async Task The_bots_menu_button_opens_the_mini_app_at_the_public_url()
    {
        _ = _app.Services;
        await _telegram.WaitUntilAsync(() => _telegram.MenuButtons.Count > 0, TimeSpan.FromSeconds(15), "setChatMenuButton");
        var set = Assert.Single(_telegram.MenuButtons);
        Assert.Equal("web_app", set.Type);
        Assert.Equal("https://khata.example.com/app", set.WebAppUrl);
        Assert.Null(set.ChatId);
        Assert.Contains(_telegram.Commands, c => c.Command == "dashboard");
    }

    [Fact]
    public async Task Dashboard_in_the_chat_answers_with_a_web_app_button()
    {
        _ = _app.Services;
        _telegram.PushMessage(Owner, Owner, "dashboard", firstName: "Asha");
        var reply = Assert.Single(await _telegram.WaitForMessagesAsync(Owner, 1, TimeSpan.FromSeconds(20)));
        var button = reply.ReplyMarkup!["inline_keyboard"]![0]![0]!.AsObject();
        Assert.Equal("https://khata.example.com/app", button["web_app"]!["url"]!.GetValue<string>());
        Assert.Contains("dashboard", reply.PlainText, StringComparison.OrdinalIgnoreCase);

        // Hinglish asks the same; in a group the button cannot be shown, so it says where to go.
        _telegram.PushMessage(Owner, Owner, "dashboard kholo", firstName: "Asha");
        var again = (await _telegram.WaitForMessagesAsync(Owner, 2, TimeSpan.FromSeconds(20)))[1];
        Assert.NotNull(again.ReplyMarkup?["inline_keyboard"]?[0]?[0]?["web_app"]);
        _telegram.PushMessage(-100500, Owner, "dashboard", chatType: "group", chatTitle: "Shop group");
        var group = Assert.Single(await _telegram.WaitForMessagesAsync(-100500, 1, TimeSpan.FromSeconds(20)));
        Assert.Null(group.ReplyMarkup);
        Assert.Contains("your own chat with me", group.PlainText);
    }

    [Fact]
    public async Task The_owner_signs_in_with_signed_init_data_and_sees_their_book()
    {
        var (browser, response) = await OpenMiniAppAsync(InitData(Owner));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/app/overview", response.Headers.Location?.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("khata-session=", StringComparison.Ordinal));
        // Behind Web:PublicUrl (HTTPS) the session cookie is Secure, whatever the hop to Kestrel was.
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("₹1,500", await browser.GetStringAsync("/app/overview"));
        // The same cookie over plain HTTP is never sent: a browser keeps a Secure cookie for HTTPS.
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("http://localhost/app/overview")).StatusCode);
    }

    public static TheoryData<string> Refusals => ["forged", "other token", "expired", "missing", "tampered user", "no hash", "future"];

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Forged_expired_or_missing_init_data_gets_401_and_no_data(string how)
    {
        var initData = how switch
        {
            "forged" => InitData(Owner, tamper: q => HashValue().Replace(q, "hash=" + new string('a', 64))),
            "other token" => InitData(Owner, token: "999999:ANOTHER-bot-token"),
            "expired" => InitData(Owner, authDate: DateTimeOffset.UtcNow.AddDays(-1).AddMinutes(-1)),
            "missing" => null,
            "tampered user" => InitData(Stranger, tamper: q => q.Replace($"%22id%22%3A{Stranger}", $"%22id%22%3A{Owner}", StringComparison.Ordinal)),
            "no hash" => HashValue().Replace(InitData(Owner), "x=1"),
            "future" => InitData(Owner, authDate: DateTimeOffset.UtcNow.AddHours(1)),
            _ => throw new ArgumentOutOfRangeException(nameof(how)),
        };
        var (browser, response) = await OpenMiniAppAsync(initData);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("khata-session=", StringComparison.Ordinal)));
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("₹", body);
        Assert.DoesNotContain("Ramesh", body);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/app/overview")).StatusCode);
    }

    [Fact]
    public async Task Someone_with_no_book_gets_401()
    {
        var (_, response) = await OpenMiniAppAsync(InitData(Stranger));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("no book here yet", await response.Content.ReadAsStringAsync());
    }

    private async Task<HttpClient> SessionAsync(long user)
    {
        var (browser, response) = await OpenMiniAppAsync(InitData(user));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    [Fact]
    public async Task Staff_see_the_book_write_as_in_the_chat_and_cannot_download_the_csv()
    {
        var invite = await _app.SendAsync("invite staff", Owner, Owner);
        Assert.Contains("staff", await _app.SendAsync($"/start {StaffPayload().Match(invite).Value}", Helper, Helper, "Vijay"));
        var staff = await SessionAsync(Helper);

        Assert.Contains("₹1,500", await staff.GetStringAsync("/app/overview"));
        Assert.Contains("Suresh Kumar", await staff.GetStringAsync("/app/customers"));
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/app/entries.csv")).StatusCode);
        Assert.DoesNotContain("Download CSV", await staff.GetStringAsync("/app/entries"));

        // A credit from the page is the helper's own, in the owner's book, and the helper's chat gets the reply.
        var booked = await DashboardApp.PostWithTokenAsync(staff, "/app/add", "/app/add/credit", new() { ["name"] = "Ramesh", ["amount"] = "75" });
        Assert.Contains("Ramesh +₹75", await booked.Content.ReadAsStringAsync());
        var reply = await _telegram.WaitForMessagesAsync(Helper, 1, TimeSpan.FromSeconds(20));
        Assert.Contains(reply, m => m.PlainText.Contains("Ramesh +₹75", StringComparison.Ordinal));
        var entry = await _app.ReadAsync(db => db.Entries.OrderBy(e => e.Id).LastAsync());
        Assert.Equal("User6001", entry.EnteredBy); // the name Telegram gives, as on a typed message

        // Removed from the shop: the session stops at the next page.
        await _app.SendAsync("remove staff Vijay", Owner, Owner);
        Assert.Equal(HttpStatusCode.Unauthorized, (await staff.GetAsync("/app/overview")).StatusCode);
    }

    [Fact]
    public async Task A_linked_customer_sees_only_his_own_khata_read_only()
    {
        var link = await _app.SendAsync("link Ramesh", Owner, Owner);
        await _app.SendAsync($"/start {CustomerPayload().Match(link).Value}", Customer, Customer, "Ramesh");
        var ramesh = await _app.ReadAsync(db => db.Customers.Where(c => c.Name == "Ramesh").Select(c => c.Id).SingleAsync());
        var suresh = await _app.ReadAsync(db => db.Customers.Where(c => c.Name == "Suresh Kumar").Select(c => c.Id).SingleAsync());

        var (_, signIn) = await OpenMiniAppAsync(InitData(Customer));
        Assert.Equal($"/app/customers/{ramesh}", signIn.Headers.Location?.OriginalString);
        var customer = await SessionAsync(Customer);
        var own = await customer.GetStringAsync($"/app/customers/{ramesh}");
        Assert.Contains("Owes<b><span class=\"money\">₹300</span>", own);
        Assert.DoesNotContain("/app/add/", own);
        Assert.DoesNotContain("/paid\"", own);
        Assert.DoesNotContain("<nav>", own);
        Assert.Equal(HttpStatusCode.OK, (await customer.GetAsync($"/app/customers/{ramesh}/statement.pdf")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await customer.GetAsync($"/app/customers/{suresh}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await customer.GetAsync($"/app/customers/{suresh}/statement.pdf")).StatusCode);
        foreach (var page in DashboardRoutes.Pages(ramesh).Where(p => !p.StartsWith($"/app/customers/{ramesh}", StringComparison.Ordinal)))
        {
            var response = await customer.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{page}: {response.StatusCode}");
            Assert.DoesNotContain("Suresh", await response.Content.ReadAsStringAsync());
        }

        var before = await _app.ReadAsync(db => db.Entries.CountAsync());
        foreach (var (action, fields) in DashboardRoutes.Forms(ramesh, dueNumber: 1))
        {
            // With a valid form token from his own page (its sign-out button): refused all the same.
            var response = await DashboardApp.PostWithTokenAsync(customer, $"/app/customers/{ramesh}", action, fields);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{action}: {response.StatusCode}");
        }

        Assert.Equal(before, await _app.ReadAsync(db => db.Entries.CountAsync()));
    }

    [GeneratedRegex("hash=[0-9a-f]{64}")]
    private static partial Regex HashValue();

    [GeneratedRegex(@"staff_[A-Za-z0-9_-]+")]
    private static partial Regex StaffPayload();

    [GeneratedRegex(@"c_[A-Za-z0-9_-]{22}")]
    private static partial Regex CustomerPayload();
}
