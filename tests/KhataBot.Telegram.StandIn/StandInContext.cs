using KhataBot.Telegram.StandIn.Chats;
using KhataBot.Telegram.StandIn.Http;
using KhataBot.Telegram.StandIn.Limits;
using KhataBot.Telegram.StandIn.Recording;
using KhataBot.Telegram.StandIn.Updates;
using KhataBot.Telegram.StandIn.Webhooks;

namespace KhataBot.Telegram.StandIn;

/// <summary>Everything one stand-in knows, shared by its HTTP methods and its test-facing API.</summary>
internal sealed class StandInContext : IAsyncDisposable
{
    // Telegram's update ids start at an arbitrary large number, not 1; a bot that assumes otherwise shows up here.
    private const long FirstUpdateId = 500_000_001;

    private readonly CancellationTokenSource _stopping = new();

    public StandInContext(StandInOptions options)
    {
        Options = options;
        Identity = new BotIdentity(options.Token ?? BotIdentity.NewToken(), options.BotFirstName, options.BotUsername);
        Updates = new UpdateQueue(FirstUpdateId);
        Webhook = new WebhookController(Updates, options, Recorder);
        Limits = new SendRateLimiter(options.Clock, Recorder, options.RateLimit);
    }

    public StandInOptions Options { get; }

    public TimeProvider Clock => Options.Clock;

    public BotIdentity Identity { get; }

    public Recorder Recorder { get; } = new();

    public ChatBook Chats { get; } = new();

    public UpdateQueue Updates { get; }

    public WebhookController Webhook { get; }

    public SendRateLimiter Limits { get; }

    public FaultInjector Faults { get; } = new();

    public FileStore Files { get; } = new();

    public CallbackRegistry Callbacks { get; } = new();

    public CancellationToken Stopping => _stopping.Token;

    public long UnixNow => Clock.GetUtcNow().ToUnixTimeSeconds();

    /// <summary>The checks every send and edit passes after its own: not blocked, within the flood limits.</summary>
    public void AdmitSend(ChatState chat)
    {
        CheckNotBlocked(chat);
        Limits.Admit(chat.Id);
    }

    public static void CheckNotBlocked(ChatState chat)
    {
        if (chat.IsBlocked)
        {
            throw BotApiException.Forbidden(chat.Info.Type switch
            {
                "private" => "bot was blocked by the user",
                "supergroup" => "bot was kicked from the supergroup chat",
                _ => "bot was kicked from the group chat",
            });
        }
    }

    /// <summary>Ends long polls and webhook pushes, so the server can stop without waiting for them.</summary>
    public async Task StopAsync()
    {
        await _stopping.CancelAsync();
        await Webhook.DisposeAsync();
    }

    public ValueTask DisposeAsync()
    {
        _stopping.Dispose();
        return ValueTask.CompletedTask;
    }
}
