using KhataBot.Core.Abstractions;
using KhataBot.Core.Parsing;

namespace KhataBot.Core.Dashboard;

/// <summary>
/// "dashboard": on Telegram a button that opens the Mini App (Telegram signs who opened it); elsewhere a
/// one-time sign-in link, its token kept hashed in the book with this change, so it exists only once the
/// reply does.
/// </summary>
internal sealed class OpenDashboardHandler(IKhataDb db, IDashboardDoor door) : ICommandHandler<OpenDashboard>
{
    public const string SignInPath = "/app/signin/";

    public Task<Reply> HandleAsync(OpenDashboard command, CommandContext context, CancellationToken cancellationToken)
    {
        if (door.MiniAppUrl is { } app)
        {
            // Telegram shows Mini App buttons only in a private chat with the bot.
            Reply reply = context.InGroup
                ? "The dashboard opens in your own chat with me: send dashboard there, or use the menu button."
                : new Reply("Your shop's dashboard: totals, customers, entries and dues, on one page.")
                {
                    Buttons = [new ReplyButton("📊 Open dashboard", "") { WebAppUrl = app.ToString() }],
                };
            return Task.FromResult(reply);
        }

        if (door.SignInBase is not { } site)
        {
            return Task.FromResult<Reply>("The dashboard is not served here. Set Web:PublicUrl (an https:// address) for Telegram, or run the console chat.");
        }

        var (token, hash) = DashboardSignIn.NewToken();
        db.DashboardSignIns.Add(new DashboardSignIn
        {
            ShopId = context.Shop.Id,
            TokenHash = hash,
            Role = context.Role,
            UserId = context.ByUserId,
            SenderName = context.By,
            CreatedAt = context.Now,
            ExpiresAt = context.Now + DashboardSignIn.ValidFor,
        });
        var link = new Uri(site, SignInPath + token);
        return Task.FromResult<Reply>($"Open your dashboard (works once, for 10 minutes):\n{link}");
    }
}
