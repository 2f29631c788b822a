using KhataBot.Core;
using KhataBot.Core.Dashboard;
using KhataBot.Core.Shops;
using KhataBot.Dashboard.Html;
using KhataBot.Infrastructure.Data;
using KhataBot.Infrastructure.Telegram;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using static KhataBot.Dashboard.Html.Html;

namespace KhataBot.Dashboard.Auth;

/// <summary>
/// The two ways in. The Mini App: GET /app renders a form the script fills with Telegram's initData and
/// posts to /app/telegram, which checks its signature. A browser: GET /app/signin/{token} shows one button
/// that posts the token to /app/signin, which uses it up. Either sets the session cookie and goes on to
/// the overview. Sign-in is a POST with an antiforgery token, so a link preview or a stranger's page
/// cannot use a link up or sign anyone in.
/// </summary>
public static class SignInEndpoints
{
    public const string Scheme = "khata";

    public static void Map(RouteGroupBuilder app)
    {
        app.MapGet("/", Start).WithMetadata(new OpenToAll());
        app.MapPost("/telegram", FromTelegramAsync).WithMetadata(new OpenToAll());
        app.MapGet("/signin/{token}", ShowLinkAsync).WithMetadata(new OpenToAll());
        app.MapPost("/signin", FromLinkAsync).WithMetadata(new OpenToAll());
        app.MapPost("/signout", (Delegate)SignOutAsync).WithMetadata(new OpenToCustomer());
    }

    private static IResult Start(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            // A customer's session has one page: his own khata.
            var customer = context.User.FindFirst(Viewer.CustomerClaim)?.Value;
            return Results.Redirect(customer is null ? "/app/overview" : $"/app/customers/{customer}");
        }

        return Layout.Page("Dashboard", null, H($"""
            <form id="telegram-sign-in" method="post" action="/app/telegram">
            {Layout.Antiforgery(context)}
            <input type="hidden" name="initData" value="">
            <noscript><p>Inside Telegram this page needs JavaScript.</p></noscript>
            </form>
            <p>Open this page from the bot's menu button in Telegram, or type <b>dashboard</b> in the chat for a sign-in link.</p>
            """));
    }

    private static async Task<IResult> FromTelegramAsync(HttpContext context, KhataDbContext db, IConfiguration configuration, TimeProvider time)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var token = configuration[$"{TelegramOptions.Section}:BotToken"] ?? "";
        var user = TelegramInitData.Validate(form["initData"], token, time.GetUtcNow());
        var viewer = user is null ? null : await ViewerLookup.ForTelegramUserAsync(db, user, context.RequestAborted);
        if (viewer is null)
        {
            return Refused(user is null
                ? "Telegram's sign-in data was missing, not signed by this bot, or more than a day old. Close and open the dashboard again."
                : "You have no book here yet. Send /start to the bot first.");
        }

        await SignInAsync(context, viewer.Shop.Id, viewer.Role, viewer.UserId, viewer.CustomerId, viewer.Name);
        return Results.Redirect(viewer.IsCustomer ? $"/app/customers/{viewer.CustomerId}" : "/app/overview", preserveMethod: false);
    }

    private static async Task<IResult> ShowLinkAsync(string token, HttpContext context, KhataDbContext db, TimeProvider time)
    {
        var signIn = await FindAsync(db, token, context.RequestAborted);
        if (signIn is null || signIn.UsedAt is not null || signIn.ExpiresAt <= time.GetUtcNow())
        {
            return Refused(LinkRefusal);
        }

        return Layout.Page("Sign in", null, H($"""
            <form method="post" action="/app/signin">
            {Layout.Antiforgery(context)}
            <input type="hidden" name="token" value="{token}">
            <button type="submit">Open the dashboard</button>
            </form>
            <p class="hint">This link works once and for 10 minutes after you asked for it.</p>
            """));
    }

    private static async Task<IResult> FromLinkAsync(HttpContext context, KhataDbContext db, KhataEngine engine, TimeProvider time)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var signIn = await FindAsync(db, form["token"].ToString(), context.RequestAborted);
        var now = time.GetUtcNow();
        if (signIn is null || signIn.UsedAt is not null || signIn.ExpiresAt <= now)
        {
            return Refused(LinkRefusal);
        }

        // Used up through the book's one writer, and only if still unused: two tabs racing get one session.
        var taken = 0;
        var id = signIn.Id;
        await engine.WriteAsync(async book => taken = await book.DashboardSignIns.Where(s => s.Id == id && s.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.UsedAt, now), context.RequestAborted), context.RequestAborted);
        if (taken != 1)
        {
            return Refused(LinkRefusal);
        }

        var role = signIn.Role == Role.Owner ? ViewerRole.Owner : ViewerRole.Staff;
        await SignInAsync(context, signIn.ShopId, role, signIn.UserId, null, signIn.SenderName);
        return Results.Redirect("/app/overview", preserveMethod: false);
    }

    private static async Task<IResult> SignOutAsync(HttpContext context)
    {
        await context.SignOutAsync(Scheme);
        return Results.Redirect("/app", preserveMethod: false);
    }

    private const string LinkRefusal = "This sign-in link was used already, is older than 10 minutes, or is not one. Type dashboard in the chat for a new one.";

    private static IResult Refused(string why) =>
        Layout.Page("Not signed in", null, H($"<p class=\"notice\">{why}</p>"), status: StatusCodes.Status401Unauthorized);

    private static Task<DashboardSignIn?> FindAsync(KhataDbContext db, string token, CancellationToken ct)
    {
        if (!Core.CustomerLinks.LinkTokens.LooksValid(token))
        {
            return Task.FromResult<DashboardSignIn?>(null);
        }

        var hash = DashboardSignIn.HashOf(token);
        return db.DashboardSignIns.AsNoTracking().FirstOrDefaultAsync(s => s.TokenHash == hash, ct);
    }

    private static Task SignInAsync(HttpContext context, long shopId, ViewerRole role, long? userId, long? customerId, string name)
    {
        var length = context.RequestServices.GetRequiredService<IOptions<WebOptions>>().Value.SessionLength;
        return context.SignInAsync(Scheme, Viewer.Principal(shopId, role, userId, customerId, name, Scheme),
            new AuthenticationProperties { IsPersistent = false, ExpiresUtc = DateTimeOffset.UtcNow + length });
    }
}
