using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace KhataBot.Integration.Tests.Telegram.StandIn;

/// <summary>A webhook endpoint that answers with the status codes it is told, in order (200 once they run out),
/// and keeps every post it got.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _answers;

    private WebhookReceiver(WebApplication app, IEnumerable<int> answers)
    {
        _app = app;
        _answers = new ConcurrentQueue<int>(answers);
        app.Run(ReceiveAsync);
    }

    public Uri Url => new(_app.Urls.Single() + "/telegram/webhook");

    public ConcurrentQueue<(string? SecretToken, string Body, int AnsweredWith)> Posts { get; } = new();

    public static async Task<WebhookReceiver> StartAsync(params int[] answers)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var receiver = new WebhookReceiver(builder.Build(), answers);
        await receiver._app.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ReceiveAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync();
        var status = _answers.TryDequeue(out var next) ? next : 200;
        Posts.Enqueue((http.Request.Headers["X-Telegram-Bot-Api-Secret-Token"].SingleOrDefault(), body, status));
        http.Response.StatusCode = status;
    }
}
