using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KhataBot.Telegram.StandIn.Http;

/// <summary>
/// Bare Kestrel on a random loopback port. The empty builder reads no configuration and adds no log providers, so the
/// stand-in neither picks up the test host's appsettings nor prints a line per request.
/// </summary>
internal static class StandInServer
{
    // Documents may be 50 MB; a little more leaves room for the multipart framing around one.
    private const long MaxRequestBytes = 52L * 1024 * 1024;

    public static async Task<WebApplication> StartAsync(RequestDispatcher dispatcher, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(StandInServer).Assembly.GetName().Name,
        });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBytes;
        });
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));

        var app = builder.Build();
        app.Run(dispatcher.HandleAsync);
        await app.StartAsync(cancellationToken);
        return app;
    }
}
