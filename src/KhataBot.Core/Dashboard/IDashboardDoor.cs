namespace KhataBot.Core.Dashboard;

/// <summary>
/// How this host opens the dashboard: inside Telegram as a Mini App at Web:PublicUrl, or (the console
/// chat, a browser) through a one-time sign-in link on the host's own address. The book only knows
/// which; the host knows its addresses.
/// </summary>
public interface IDashboardDoor
{
    /// <summary>The Mini App's HTTPS address, when the transport is Telegram and Web:PublicUrl is set.</summary>
    Uri? MiniAppUrl { get; }

    /// <summary>Where a sign-in link starts (http://127.0.0.1:PORT), when links are how this host signs in.</summary>
    Uri? SignInBase { get; }
}

/// <summary>A host that serves no dashboard (tests, tools).</summary>
internal sealed class NoDashboardDoor : IDashboardDoor
{
    public Uri? MiniAppUrl => null;

    public Uri? SignInBase => null;
}
