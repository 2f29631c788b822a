using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using KhataBot.ConsoleChat;
using KhataBot.Core;
using KhataBot.Core.Abstractions;
using KhataBot.Integration.Tests.Scheduling;
using KhataBot.Telegram.StandIn;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KhataBot.Integration.Tests.Support;

/// <summary>
/// The real Program in memory (WebApplicationFactory), on a fresh SQLite book: the console chat, whose
/// input and output the test holds (<see cref="TypeAsync"/>), or the Telegram bot against the Bot API
/// stand-in. Clients keep cookies and do not follow redirects, so each step of a sign-in can be checked.
/// </summary>
public sealed partial class DashboardApp : WebApplicationFactory<Program>
{
    public const long ConsoleChatId = 1;

    private readonly TempFolder _folder = new();
    private readonly Dictionary<string, string?> _settings;
    private readonly ChatInput _input = new();
    private readonly ChatOutput _output = new();

    private DashboardApp(Dictionary<string, string?> settings)
    {
        _settings = settings;
        _settings["Database:Provider"] = _folder.Provider.ToString();
        _settings["ConnectionStrings:Khata"] = _folder.BookConnectionString;
        _settings["ConnectionStrings:Jobs"] = _folder.JobsConnectionString;
        _settings["Console:ChatId"] = ConsoleChatId.ToString();
        _settings["Console:UserName"] = "Asha";
        _settings["Console:FilesDirectory"] = Path.Combine(_folder.Path, "files");
        _settings["Logging:LogLevel:Default"] = "Warning";
    }

    /// <summary>The console chat (no bot token): the dashboard signs in through `dashboard` links.</summary>
    public static DashboardApp Console() => new([]);

    /// <summary>The Telegram bot on the stand-in, its Mini App at <paramref name="publicUrl"/>.</summary>
    public static DashboardApp Telegram(BotApiStandIn telegram, string publicUrl = "https://khata.example.com") => new(new()
    {
        ["Telegram:BotToken"] = telegram.Token,
        ["Telegram:ApiBaseUrl"] = telegram.BaseUrl.ToString(),
        ["Telegram:PollTimeoutSeconds"] = "1",
        ["Web:PublicUrl"] = publicUrl,
    });

    public string? BotToken => _settings.GetValueOrDefault("Telegram:BotToken");

    protected override IHost CreateHost(IHostBuilder builder)
    {
        // Host configuration reaches Program before it reads its settings (the book's lock, the transport).
        builder.ConfigureHostConfiguration(config => config.AddInMemoryCollection(_settings));
        return base.CreateHost(builder);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureLogging(logging => logging.ClearProviders());
        builder.ConfigureTestServices(services => services.AddSingleton(new ConsoleChatIo(_input, _output, IsInteractive: false)));
    }

    public KhataEngine Engine => Services.GetRequiredService<KhataEngine>();

    /// <summary>A message from the console chat's owner, through the same engine the console chat uses.</summary>
    public async Task<string> SendAsync(string text, long chatId = ConsoleChatId, long? senderId = null, string sender = "Asha") =>
        (await Engine.HandleAsync(new IncomingMessage(chatId, sender, text) { SenderId = senderId }, CancellationToken.None)).Text;

    /// <summary>Reads the book directly, outside the engine, to check what was really stored.</summary>
    public async Task<T> ReadAsync<T>(Func<KhataBot.Infrastructure.Data.KhataDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<KhataBot.Infrastructure.Data.KhataDbContext>());
    }

    /// <summary>Types a line into the console chat, as the shopkeeper would.</summary>
    public void Type(string line)
    {
        // The host (and with it the console chat) starts on first use.
        _ = Services;
        _input.Write(line);
    }

    /// <summary>Everything the console chat printed so far.</summary>
    public string ChatText => _output.Text;

    public async Task<string> WaitForChatAsync(string contains, int occurrences = 1)
    {
        await TestWait.UntilAsync(() => Regex.Matches(ChatText, Regex.Escape(contains)).Count >= occurrences, TimeSpan.FromSeconds(15), $"the chat to print '{contains}'");
        return ChatText;
    }

    /// <summary>A browser with its own cookies; over HTTPS it also keeps and sends Secure cookies.</summary>
    public HttpClient Browser(bool https = false) => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri(https ? "https://localhost" : "http://localhost"),
    });

    /// <summary>Types `dashboard` in the console chat and returns the sign-in link's path it prints.</summary>
    public async Task<string> DashboardLinkAsync()
    {
        var before = SignInLinks().Count;
        Type("dashboard");
        await TestWait.UntilAsync(() => SignInLinks().Count > before, TimeSpan.FromSeconds(15), "a sign-in link in the chat");
        return new Uri(SignInLinks()[^1]).AbsolutePath;
    }

    private List<string> SignInLinks() => [.. SignInLink().Matches(ChatText).Select(m => m.Value)];

    /// <summary>A browser signed in the way a person does: `dashboard` in the chat, open the link, press the button.</summary>
    public async Task<HttpClient> SignedInBrowserAsync()
    {
        var browser = Browser();
        var link = await DashboardLinkAsync();
        var response = await PostLinkAsync(browser, link);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    /// <summary>Opens a sign-in link and presses its button.</summary>
    public static async Task<HttpResponseMessage> PostLinkAsync(HttpClient browser, string link)
    {
        var page = await browser.GetStringAsync(link);
        return await PostAsync(browser, "/app/signin", new() { ["token"] = link.Split('/')[^1], [FormField] = FormToken(page) });
    }

    public const string FormField = "__khata_form";

    /// <summary>The antiforgery token in a page's first form.</summary>
    public static string FormToken(string page) => AntiforgeryField().Match(page) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException("The page has no form token:\n" + page);

    /// <summary>GETs <paramref name="formPage"/> for a fresh token and posts the fields with it.</summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(HttpClient browser, string formPage, string action, Dictionary<string, string> fields)
    {
        fields[FormField] = FormToken(await browser.GetStringAsync(formPage));
        return await PostAsync(browser, action, fields);
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient browser, string action, Dictionary<string, string> fields) =>
        browser.PostAsync(action, new FormUrlEncodedContent(fields));

    public override async ValueTask DisposeAsync()
    {
        _input.Close();
        await base.DisposeAsync();
        _folder.Dispose();
    }

    [GeneratedRegex(@"http://[^\s]+/app/signin/[A-Za-z0-9_-]{22}")]
    private static partial Regex SignInLink();

    [GeneratedRegex("name=\"__khata_form\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    /// <summary>The console's input: lines the test types, waited for as the console would wait for a keyboard.</summary>
    private sealed class ChatInput : TextReader
    {
        private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();

        public void Write(string line) => _lines.Writer.TryWrite(line);

        public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
        {
            try
            {
                return await _lines.Reader.ReadAsync(cancellationToken);
            }
            catch (ChannelClosedException)
            {
                return null;
            }
        }

        public override void Close() => _lines.Writer.TryComplete();
    }

    private sealed class ChatOutput : TextWriter
    {
        private readonly StringBuilder _text = new();

        public override Encoding Encoding => Encoding.UTF8;

        public string Text
        {
            get { lock (_text) return _text.ToString(); }
        }

        public override void Write(char value)
        {
            lock (_text) _text.Append(value);
        }

        public override void Write(string? value)
        {
            lock (_text) _text.Append(value);
        }

        public override Task WriteAsync(string? value) { Write(value); return Task.CompletedTask; }

        public override Task WriteLineAsync(string? value) { Write(value + "\n"); return Task.CompletedTask; }

        public override Task WriteLineAsync() { Write("\n"); return Task.CompletedTask; }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
