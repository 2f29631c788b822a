using KhataBot.Core.Abstractions;
using KhataBot.Core.Parsing;

namespace KhataBot.Core.Dashboard;

/// <summary>
/// "dashboard": on Telegram a button that opens the Mini App (Telegram signs who opened it) and, for a
/// browser, a one-time sign-in link; in the console chat the link alone. The link's token is kept hashed in
/// the book with this change, so it exists only once the reply does. A group gets neither: Telegram shows
/// Mini App buttons only in private chats, and a link there would let anyone in the group in.
/// </summary>
internal sealed class OpenDashboardHandler(IKhataDb db, IDashboardDoor door) : ICommandHandler<OpenDashboard>
{
    public const string SignInPath = "/app/signin/";

    public Task<Reply> HandleAsync(OpenDashboard command, CommandContext context, CancellationToken cancellationToken)
    {
        if (context.InGroup)
        {
            return Task.FromResult<Reply>("The dashboard opens in your own chat with me: send dashboard there, or use the menu button.");
        }

        var site = door.SignInBase;
        if (door.MiniAppUrl is { } app)
        {
            var text = "Your shop's dashboard: totals, customers, entries and dues, on one page.";
            if (site is not null)
            {
                text += $"\nIn a browser (works once, for 10 minutes): {SignInLink(site, context)}";
            }

            return Task.FromResult(new Reply(text) { Buttons = [new ReplyButton("📊 Open dashboard", "") { WebAppUrl = app.ToString() }] });
        }

        if (site is null)
        {
            return Task.FromResult<Reply>("The dashboard is not served here. Set Web:PublicUrl (an https:// address) for Telegram, or run the console chat.");
        }

        return Task.FromResult<Reply>($"Open your dashboard (works once, for 10 minutes):\n{SignInLink(site, context)}");
    }

    private Uri SignInLink(Uri site, CommandContext context)
    {
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
        return new Uri(site, SignInPath + token);
    }
}
