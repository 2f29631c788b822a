using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using KhataBot.Integration.Tests.Support;

namespace KhataBot.Integration.Tests.ConsoleChat;

/// <summary>The real program's console chat serves the dashboard: `dashboard` prints a link to its own Kestrel,
/// on 127.0.0.1 only unless --urls says where.</summary>
public sealed partial class ConsoleDashboardProcessTests
{
    private static async Task<string> SignInAndReadOverviewAsync(Uri link)
    {
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true }) { BaseAddress = new Uri(link.GetLeftPart(UriPartial.Authority)) };
        var page = await browser.GetStringAsync(link);
        var token = WebUtility.HtmlDecode(FormToken().Match(page).Groups[1].Value);
        var overview = await browser.PostAsync("/app/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = link.Segments[^1],
            [DashboardApp.FormField] = token,
        }));
        Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
        Assert.Equal("/app/overview", overview.RequestMessage?.RequestUri?.AbsolutePath);
        return await overview.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Without_urls_the_dashboard_listens_on_loopback_only_and_its_link_signs_in()
    {
        using var book = new KhataBotProcess();
        await using var chat = RunningKhataBot.StartOn(book);
        await chat.SayAsync("add Ramesh 500 atta");
        var link = await chat.AskForSignInLinkAsync();
        Assert.Equal("127.0.0.1", link.Host);
        Assert.NotEqual(0, link.Port);
        Assert.Contains("₹500", await SignInAndReadOverviewAsync(link));

        // Nothing answers on this machine's other addresses at that port.
        var other = Dns.GetHostAddresses(Dns.GetHostName()).FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
        if (other is not null)
        {
            using var socket = new TcpClient();
            await Assert.ThrowsAnyAsync<SocketException>(() => socket.ConnectAsync(other, link.Port));
        }

        Assert.Equal(0, await chat.ExitAsync());
    }

    [Fact]
    public async Task With_urls_the_link_points_where_the_dashboard_was_told_to_listen()
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        using var book = new KhataBotProcess();
        await using var chat = RunningKhataBot.StartOn(book, new Uri($"http://127.0.0.1:{port}/"));
        await chat.SayAsync("spent 250 tea");
        var link = await chat.AskForSignInLinkAsync();
        Assert.Equal(port, link.Port);
        Assert.Contains("₹250", await SignInAndReadOverviewAsync(link));
        Assert.Equal(0, await chat.ExitAsync());
    }

    [GeneratedRegex("name=\"__khata_form\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();
}
