using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using KhataBot.Infrastructure.Data;
using KhataBot.Integration.Tests.Support;
using KhataBot.Telegram.StandIn;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Telegram;

/// <summary>
/// The real KhataBot program (KhataBot.dll) running as its own process against the Bot API stand-in, as
/// it would run against Telegram: its own book file, its logs captured at Trace level. It can be stopped
/// gently or killed with SIGKILL and started again on the same book.
/// </summary>
public sealed class TelegramBotProcess : IAsyncDisposable
{
    private readonly BotApiStandIn _telegram;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "khatabot-tests", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string> _settings;
    private readonly StringBuilder _logs = new();
    private Process? _process;

    private TelegramBotProcess(BotApiStandIn telegram, Dictionary<string, string> settings)
    {
        _telegram = telegram;
        _settings = settings;
        Directory.CreateDirectory(_directory);
    }

    /// <summary>The book's file on SQLite (see <see cref="Database"/>).</summary>
    public string DatabasePath => Path.Combine(_directory, "khatabot.db");

    /// <summary>The bot's book: a SQLite file, or a PostgreSQL database of its own (KHATA_TEST_DB).</summary>
    public FreshDatabase Database { get; private set; } = null!;

    /// <summary>Everything the process wrote to stdout and stderr so far, across restarts.</summary>
    public string Logs
    {
        get { lock (_logs) return _logs.ToString(); }
    }

    public Uri? WebhookBase { get; private set; }

    /// <summary>Where the program's own HTTP server listens (/healthz, and the webhook in webhook mode).</summary>
    public Uri? HttpBase { get; private set; }

    public static async Task<TelegramBotProcess> StartAsync(BotApiStandIn telegram, Dictionary<string, string>? settings = null, bool webhook = false)
    {
        var bot = new TelegramBotProcess(telegram, settings ?? []);
        bot.Database = await TestDatabase.CreateEmptyAsync(bot._directory);
        // Its own port for /healthz and the webhook: tests run side by side.
        bot.HttpBase = new Uri($"http://127.0.0.1:{FreePort()}");
        if (webhook)
        {
            bot.WebhookBase = bot.HttpBase;
            bot._settings["Telegram__Mode"] = "Webhook";
            bot._settings["Telegram__WebhookUrl"] = new Uri(bot.WebhookBase, "/telegram/webhook").ToString();
            bot._settings.TryAdd("Telegram__SecretToken", "test-secret_123");
        }

        await bot.StartAgainAsync();
        return bot;
    }

    /// <summary>Starts the program (again) on the same book and waits until it is receiving.</summary>
    public async Task StartAgainAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = _directory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "KhataBot.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(HttpBase!.ToString());

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in Database.ProcessSettings()) start.Environment[name] = value;
        start.Environment["Telegram__BotToken"] = _telegram.Token;
        start.Environment["Telegram__ApiBaseUrl"] = _telegram.BaseUrl.ToString();
        start.Environment["Telegram__PollTimeoutSeconds"] = "1";
        start.Environment["Logging__LogLevel__Default"] = "Trace";
        start.Environment["Logging__LogLevel__Microsoft.EntityFrameworkCore"] = "Information";
        foreach (var (key, value) in _settings)
        {
            // "{book}" stands for this bot's book file, so a setting can name it before the bot exists.
            start.Environment[key] = value.Replace("{book}", DatabasePath, StringComparison.Ordinal);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        var marker = WebhookBase is null ? "Receiving Telegram updates by long polling" : "Receiving Telegram updates by webhook";
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!Logs.Contains(marker, StringComparison.Ordinal) || CountOf(marker) < Starts)
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"The bot did not start receiving.\n{Logs}");
            }

            await Task.Delay(50);
        }

        Starts++;
    }

    private int Starts { get; set; } = 1;

    /// <summary>kill -9: no shutdown code runs, nothing is flushed or confirmed.</summary>
    public async Task KillAsync()
    {
        var process = _process ?? throw new InvalidOperationException("Not running.");
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    /// <summary>SIGTERM, as a service manager stops it: the host shuts down in order.</summary>
    public async Task StopAsync()
    {
        var process = _process ?? throw new InvalidOperationException("Not running.");
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The bot did not stop within 30 s of SIGTERM.\n{Logs}");
        }
    }

    public async Task<T> QueryAsync<T>(Func<KhataDbContext, Task<T>> query)
    {
        await using var db = TestDatabase.Open(Database);
        return await query(db);
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
        await Database.DisposeAsync();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }

    private int CountOf(string text)
    {
        var logs = Logs;
        var count = 0;
        for (var at = logs.IndexOf(text, StringComparison.Ordinal); at >= 0; at = logs.IndexOf(text, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_logs) _logs.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
