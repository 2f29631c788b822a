using KhataBot.Core.Dashboard;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace KhataBot.Dashboard;

/// <summary>On Telegram with Web:PublicUrl: the Mini App at {PublicUrl}/app, and sign-in links for a browser
/// on the same address.</summary>
internal sealed class TelegramDashboardDoor(IOptions<WebOptions> options) : IDashboardDoor
{
    public Uri? MiniAppUrl => options.Value.MiniAppUrl();

    public Uri? SignInBase => options.Value.SiteUrl();
}

/// <summary>The console chat: sign-in links to wherever this host listens (127.0.0.1 on a free port unless
/// --urls says otherwise), read from the server once it has started.</summary>
internal sealed class ConsoleDashboardDoor(IServer server) : IDashboardDoor
{
    public Uri? MiniAppUrl => null;

    public Uri? SignInBase
    {
        get
        {
            var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var address = addresses.FirstOrDefault(a => a.StartsWith("http://127.0.0.1", StringComparison.Ordinal)) ?? addresses.FirstOrDefault();
            if (address is null)
            {
                // In-process test servers have no address; their clients talk to http://localhost.
                return new Uri("http://localhost/");
            }

            // A wildcard listener (http://0.0.0.0:5000, http://[::]:5000, http://+:5000) is reached on loopback.
            var url = new UriBuilder(address.Replace("://+", "://localhost").Replace("://*", "://localhost"));
            if (url.Host is "0.0.0.0" or "[::]" or "::")
            {
                url.Host = "127.0.0.1";
            }

            return url.Uri;
        }
    }
}
