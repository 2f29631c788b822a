using KhataBot.Core;
using KhataBot.Infrastructure;
using KhataBot.Infrastructure.Instances;
using KhataBot.Infrastructure.Telegram;
using KhataBot.Telegram.StandIn;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KhataBot.Benchmarks;

/// <summary>The Telegram host wired exactly as Program.cs wires it (same AddXxx calls), in this process,
/// pointed at the Bot API stand-in, with a book of its own in a temp folder.</summary>
internal sealed class TelegramBotUnderTest : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _directory;

    private TelegramBotUnderTest(WebApplication app, string directory)
    {
        _app = app;
        _directory = directory;
    }

    public KhataEngine Engine => _app.Services.GetRequiredService<KhataEngine>();

    /// <summary>Where its HTTP server listens (the webhook, /healthz).</summary>
    public Uri HttpBase => new(_app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
        .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First());

    /// <param name="settings">More settings, or ones that replace the defaults (a PostgreSQL book, webhook mode).</param>
    public static Task<TelegramBotUnderTest> StartAsync(BotApiStandIn telegram, int maxMessagesPerSecond, IReadOnlyDictionary<string, string?>? settings = null) =>
        StartAsync(telegram.BaseUrl, telegram.Token, maxMessagesPerSecond, settings);

    /// <summary>Pointed at a Bot API server given by its base URL and the bot's token (a stand-in in another process).</summary>
    public static async Task<TelegramBotUnderTest> StartAsync(Uri apiBaseUrl, string token, int maxMessagesPerSecond, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "khatabot-bench", $"telegram-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Khata"] = $"Data Source={Path.Combine(directory, "khata.db")}",
            ["Telegram:BotToken"] = token,
            ["Telegram:ApiBaseUrl"] = apiBaseUrl.ToString(),
            ["Telegram:PollTimeoutSeconds"] = "1",
            ["Telegram:MaxMessagesPerSecond"] = maxMessagesPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["urls"] = "http://127.0.0.1:0",
        });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        // Telegram__SendsInFlight and the like override these, to compare settings without a rebuild.
        builder.Configuration.AddEnvironmentVariables();
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Warning);
        builder.AddKhataData();
        builder.AddKhataInstance();
        builder.Services.AddKhataCore();
        builder.AddTelegramBot();
        var app = builder.Build();
        global::KhataBot.Telegram.TelegramEndpoints.MapTelegramEndpoints(app);
        await app.StartAsync();
        return new TelegramBotUnderTest(app, directory);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
