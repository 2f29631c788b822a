using System.Net;
using System.Net.Http.Headers;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text;
using KhataBot.Core;
using KhataBot.Infrastructure;
using KhataBot.Infrastructure.Scheduling;
using KhataBot.Integration.Tests.Scheduling;
using KhataBot.Jobs;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace KhataBot.Integration.Tests.Jobs;

/// <summary>
/// The Hangfire dashboard at /jobs on the host's Kestrel, listening on loopback and on this machine's own
/// network address. A request to the network address comes from that address, not from loopback: it is
/// what a request from another machine (or through Docker's port mapping) looks like to the host.
/// </summary>
public sealed class JobsDashboardTests
{
    private static IPAddress NetworkAddress() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .First(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));

    private static async Task<(WebApplication App, int Port)> StartAsync(TempFolder folder, IPAddress network, string? password, bool dashboard = true)
    {
        var port = FreePort();
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = folder.Provider.ToString(),
            ["ConnectionStrings:Khata"] = folder.BookConnectionString,
            ["ConnectionStrings:Jobs"] = folder.JobsConnectionString,
            ["Jobs:DashboardPassword"] = password,
            ["Jobs:Dashboard"] = dashboard ? "true" : "false",
            ["urls"] = $"http://127.0.0.1:{port};http://{network}:{port}",
        });
        builder.Logging.ClearProviders();
        builder.AddKhataData();
        builder.Services.AddKhataCore();
        builder.AddKhataScheduling();
        var app = builder.Build();
        app.MapJobsDashboard();
        await app.StartAsync();
        return (app, port);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(string url, string? password = null)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (password is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"operator:{password}")));
        }

        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Loopback_sees_the_dashboard_and_another_address_without_the_password_gets_nothing()
    {
        using var folder = new TempFolder();
        var network = NetworkAddress();
        var (app, port) = await StartAsync(folder, network, password: null);
        await using (app)
        {
            var local = await GetAsync($"http://127.0.0.1:{port}/jobs/recurring");
            var remote = await GetAsync($"http://{network}:{port}/jobs/recurring");
            var remoteJson = await GetAsync($"http://{network}:{port}/jobs/stats");

            Assert.Equal(HttpStatusCode.OK, local.Status);
            Assert.Contains("due-sweep", local.Body);
            Assert.Equal((HttpStatusCode.Unauthorized, ""), remote);
            Assert.Equal((HttpStatusCode.Unauthorized, ""), remoteJson);
            await app.StopAsync();
        }
    }

    [Fact]
    public async Task With_a_password_another_address_sees_it_only_with_that_password()
    {
        using var folder = new TempFolder();
        var network = NetworkAddress();
        var (app, port) = await StartAsync(folder, network, password: "s3cret-ledger");
        await using (app)
        {
            var none = await GetAsync($"http://{network}:{port}/jobs/recurring");
            var wrong = await GetAsync($"http://{network}:{port}/jobs/recurring", "s3cret-ledgeR");
            var right = await GetAsync($"http://{network}:{port}/jobs/recurring", "s3cret-ledger");

            Assert.Equal((HttpStatusCode.Unauthorized, ""), none);
            Assert.Equal((HttpStatusCode.Unauthorized, ""), wrong);
            Assert.Equal(HttpStatusCode.OK, right.Status);
            Assert.Contains("due-sweep", right.Body);
            await app.StopAsync();
        }
    }

    [Fact]
    public async Task Turned_off_it_is_not_there_even_for_loopback()
    {
        using var folder = new TempFolder();
        var (app, port) = await StartAsync(folder, NetworkAddress(), password: null, dashboard: false);
        await using (app)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await GetAsync($"http://127.0.0.1:{port}/jobs/recurring")).Status);
            await app.StopAsync();
        }
    }
}
