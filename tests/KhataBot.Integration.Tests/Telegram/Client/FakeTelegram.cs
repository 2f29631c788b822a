using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using KhataBot.Infrastructure.Telegram;
using KhataBot.Infrastructure.Telegram.Client;
using KhataBot.Infrastructure.Telegram.Receiving;
using KhataBot.Integration.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Telegram.Bot;

namespace KhataBot.Integration.Tests.Telegram.Client;

/// <summary>A Bot API server on loopback, so the client is tested over real HTTP: it answers
/// <c>{prefix}/bot{token}/{method}</c> as the test scripted and keeps every request it received.</summary>
public sealed class FakeTelegram : IAsyncDisposable
{
    public const string Token = "123456789:AAH-secret_part-of-the-token";

    private const string NotFound = """{"ok":false,"error_code":404,"description":"Not Found"}""";

    private readonly WebApplication _app;
    private readonly string _pathPrefix;
    private readonly ConcurrentDictionary<string, Scripted> _answers = new();
    private readonly List<ServiceProvider> _clients = [];

    private FakeTelegram(WebApplication app, string pathPrefix)
    {
        _app = app;
        _pathPrefix = pathPrefix;
        _app.Run(AnswerAsync);
    }

    public ConcurrentQueue<ReceivedCall> Calls { get; } = new();

    /// <summary>What to put in TelegramOptions.ApiBaseUrl, path prefix included.</summary>
    public Uri ApiBaseUrl => new(_app.Urls.Single() + _pathPrefix);

    public static async Task<FakeTelegram> StartAsync(string pathPrefix = "")
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var telegram = new FakeTelegram(builder.Build(), pathPrefix);
        await telegram._app.StartAsync();
        return telegram;
    }

    /// <summary>Answers <paramref name="method"/> with this body from now on; unscripted methods get ok/true.</summary>
    public void Answer(string method, string body, HttpStatusCode status = HttpStatusCode.OK, TimeSpan delay = default) =>
        _answers[method] = new Scripted(body, status, delay);

    public void AnswerResult(string method, string resultJson) => Answer(method, $$"""{"ok":true,"result":{{resultJson}}}""");

    public ReceivedCall Single(string method) => Assert.Single(Calls, call => call.Method == method);

    /// <summary>Telegram.Bot's client registered the way the host does it: options bound from configuration,
    /// then <see cref="TelegramClientRegistration.AddTelegramBotClient"/>.</summary>
    public ITelegramBotClient Client(Action<TelegramTimeouts>? timeouts = null, CapturedLogs? logs = null, Uri? apiBaseUrl = null, string token = Token) =>
        Services(timeouts, logs, apiBaseUrl, token).GetRequiredService<ITelegramBotClient>();

    /// <summary>The services <see cref="Client"/> comes from, with the update fetcher of the polling loop.</summary>
    public IServiceProvider Services(Action<TelegramTimeouts>? timeouts = null, CapturedLogs? logs = null, Uri? apiBaseUrl = null, string token = Token)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = token,
            ["Telegram:ApiBaseUrl"] = (apiBaseUrl ?? ApiBaseUrl).OriginalString,
        };
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            if (logs is not null) logging.AddProvider(logs);
        });
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.Section);
        services.Configure<TelegramTimeouts>(t => timeouts?.Invoke(t));
        services.AddTelegramBotClient();
        services.AddSingleton<UpdateFetcher>();
        var provider = services.BuildServiceProvider();
        _clients.Add(provider);
        // Built now, so a bad token fails here as it fails at the host's start.
        provider.GetRequiredService<ITelegramBotClient>();
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients) await client.DisposeAsync();
        await _app.DisposeAsync();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var expected = $"{_pathPrefix}/bot{Token}/";
        var path = context.Request.Path.Value ?? "";
        if (!path.StartsWith(expected, StringComparison.Ordinal))
        {
            await WriteAsync(context, new Scripted(NotFound, HttpStatusCode.NotFound, default));
            return;
        }
        var method = path[expected.Length..];
        Calls.Enqueue(await ReadAsync(method, context.Request));
        var answer = _answers.GetValueOrDefault(method, new Scripted("""{"ok":true,"result":true}""", HttpStatusCode.OK, default));
        try
        {
            await Task.Delay(answer.Delay, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        await WriteAsync(context, answer);
    }

    private static async Task<ReceivedCall> ReadAsync(string method, HttpRequest request)
    {
        using var raw = new MemoryStream();
        await request.Body.CopyToAsync(raw);
        var bytes = raw.ToArray();
        if (request.HasFormContentType)
        {
            request.Body = new MemoryStream(bytes);
            var form = await request.ReadFormAsync();
            var fields = form.ToDictionary(field => field.Key, field => field.Value.ToString());
            var files = new List<ReceivedFile>();
            foreach (var file in form.Files)
            {
                using var content = new MemoryStream();
                await file.CopyToAsync(content);
                files.Add(new ReceivedFile(file.Name, file.FileName, content.ToArray()));
            }
            return new ReceivedCall(method, request.ContentType, bytes, null, fields, files);
        }
        JsonElement? json = bytes.Length == 0 ? null : JsonDocument.Parse(bytes).RootElement.Clone();
        return new ReceivedCall(method, request.ContentType, bytes, json, new Dictionary<string, string>(), []);
    }

    private static async Task WriteAsync(HttpContext context, Scripted answer)
    {
        context.Response.StatusCode = (int)answer.Status;
        context.Response.ContentType = answer.Body.StartsWith('{') ? "application/json" : "text/html";
        await context.Response.WriteAsync(answer.Body);
    }

    private sealed record Scripted(string Body, HttpStatusCode Status, TimeSpan Delay);
}
