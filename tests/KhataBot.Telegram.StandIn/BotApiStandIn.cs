using KhataBot.Telegram.StandIn.Http;
using KhataBot.Telegram.StandIn.Methods;
using KhataBot.Telegram.StandIn.Recording;
using KhataBot.Telegram.StandIn.Updates;
using Microsoft.AspNetCore.Builder;

namespace KhataBot.Telegram.StandIn;

/// <summary>
/// A fake Telegram Bot API server on a random loopback port, for the real bot to talk to over HTTP. Point the bot's
/// API base URL at <see cref="BaseUrl"/> and give it <see cref="Token"/>; push what users write with
/// <see cref="PushMessage"/>; assert on what the bot sent with <see cref="WaitForMessagesAsync"/> and <see cref="SentTo"/>.
/// </summary>
public sealed class BotApiStandIn : IAsyncDisposable
{
    private readonly StandInContext _context;
    private readonly WebApplication _server;
    private readonly UpdateFeeder _feeder;

    private BotApiStandIn(StandInContext context, WebApplication server)
    {
        _context = context;
        _server = server;
        _feeder = new UpdateFeeder(context);
        BaseUrl = new Uri(server.Urls.Single().TrimEnd('/') + "/");
    }

    /// <summary>Like https://api.telegram.org/: http://127.0.0.1:PORT/.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The token requests must carry; anything else gets 401. Setting it models a revoked token.</summary>
    public string Token { get => _context.Identity.Token; set => _context.Identity.Token = value; }

    public StandInBotUser BotUser => _context.Identity.User;

    public FaultInjector Faults => _context.Faults;

    /// <summary>Telegram's flood limits, or null for none; can be changed while running.</summary>
    public RateLimitOptions? RateLimit { get => _context.Limits.Limits; set => _context.Limits.Limits = value; }

    /// <summary>How many sends and edits got 429 so far.</summary>
    public int TooManyRequestsCount => _context.Recorder.TooManyRequestsCount;

    /// <summary>Updates neither confirmed by getUpdates nor delivered to the webhook.</summary>
    public int PendingUpdateCount => _context.Updates.PendingCount;

    public Uri? WebhookUrl => _context.Webhook.State.Url;

    public IReadOnlyList<RecordedRequest> Requests => _context.Recorder.Requests;

    /// <summary>Every accepted send, in the order the stand-in accepted them.</summary>
    public IReadOnlyList<SentMessage> AllSent => _context.Recorder.Sent;

    public IReadOnlyList<MessageEdit> Edits => _context.Recorder.Edits;

    public IReadOnlyList<AnsweredCallback> AnsweredCallbacks => _context.Recorder.AnsweredCallbacks;

    public IReadOnlyList<CommandsSet> CommandSets => _context.Recorder.CommandSets;

    /// <summary>The command list set last for the default scope and no particular language.</summary>
    public IReadOnlyList<BotCommand> Commands => CommandMethods.Current(_context.Recorder.CommandSets);

    /// <summary>Every setChatMenuButton call, in order.</summary>
    public IReadOnlyList<MenuButtonSet> MenuButtons => _context.Recorder.MenuButtons;

    public IReadOnlyList<WebhookDelivery> WebhookDeliveries => _context.Recorder.WebhookDeliveries;

    public static async Task<BotApiStandIn> StartAsync(StandInOptions? options = null, CancellationToken cancellationToken = default)
    {
        var context = new StandInContext(options ?? new StandInOptions());
        var server = await StandInServer.StartAsync(new RequestDispatcher(context, BotApiMethods.Create(context)), cancellationToken);
        return new BotApiStandIn(context, server);
    }

    /// <summary>The URL of one method with the current token, for calling the stand-in by hand.</summary>
    public Uri MethodUrl(string method) => new($"{BaseUrl}bot{Token}/{method}");

    /// <summary>A user writes <paramref name="text"/>. Private chats have the user's id as chat id; groups have negative
    /// ids and a title. Commands ("/start staff_abc") get their bot_command entity.</summary>
    public PushedMessage PushMessage(
        long chatId,
        long fromUserId,
        string text,
        string chatType = "private",
        string firstName = "Ramesh",
        string? chatTitle = null,
        string? username = null) =>
        _feeder.PushMessage(chatId, fromUserId, text, chatType, firstName, chatTitle, username);

    /// <summary>Queues an update of <paramref name="type"/> exactly as <paramref name="json"/> writes it for its update id:
    /// for updates our own serializer would never write (a lone surrogate escape, an unknown shape). Returns the id.</summary>
    public long PushRawUpdate(string type, Func<long, string> json) =>
        _context.Updates.Push(updateId => new Updates.QueuedUpdate(updateId, type, System.Text.Encoding.UTF8.GetBytes(json(updateId)))).UpdateId;

    /// <summary>The user edits a message pushed earlier; returns the update id.</summary>
    public long PushEditedMessage(long chatId, long fromUserId, long messageId, string newText) =>
        _feeder.PushEditedMessage(chatId, fromUserId, messageId, newText);

    /// <summary>The user taps an inline button on the bot's message; returns the callback query id to answer.</summary>
    public string PushCallbackQuery(long chatId, long fromUserId, long messageId, string data) =>
        _feeder.PushCallbackQuery(chatId, fromUserId, messageId, data);

    /// <summary>Queues an update again that was already delivered (and even confirmed), as Telegram does after the bot
    /// crashed or timed out before answering: the bot must apply it only once.</summary>
    public void Redeliver(long updateId) => _context.Updates.Redeliver(updateId);

    /// <summary>Posts from now on go to several instances of the bot at once (<see cref="WebhookSpread"/>).</summary>
    public Task SpreadWebhookAsync(WebhookSpread spread) => _context.Webhook.SpreadAsync(spread);

    /// <summary>The user blocks the bot (for a group: kicks it); sends to the chat then get 403.</summary>
    public void BlockChat(long chatId) => _context.Chats.Get(chatId).IsBlocked = true;

    public void UnblockChat(long chatId) => _context.Chats.Get(chatId).IsBlocked = false;

    public IReadOnlyList<SentMessage> SentTo(long chatId) => _context.Chats.Get(chatId).Sent();

    /// <summary>The chat's first <paramref name="count"/> messages, once it has that many.</summary>
    public Task<IReadOnlyList<SentMessage>> WaitForMessagesAsync(long chatId, int count, TimeSpan timeout)
    {
        var chat = _context.Chats.Get(chatId);
        return Waiting.UntilAsync<IReadOnlyList<SentMessage>>(
            _context.Recorder.Changed,
            () => chat.SentCount >= count ? [.. chat.Sent().Take(count)] : null,
            timeout,
            () => Shortfall($"chat {chatId}", count, chat.Sent(), timeout));
    }

    /// <summary>The first <paramref name="count"/> messages sent to anyone, once there are that many.</summary>
    public Task<IReadOnlyList<SentMessage>> WaitForTotalSentAsync(int count, TimeSpan timeout) =>
        Waiting.UntilAsync<IReadOnlyList<SentMessage>>(
            _context.Recorder.Changed,
            () => _context.Recorder.SentCount >= count ? [.. _context.Recorder.Sent.Take(count)] : null,
            timeout,
            () => Shortfall("all chats", count, _context.Recorder.Sent, timeout));

    /// <summary>Waits until <paramref name="condition"/> holds, re-checking whenever the stand-in records something.</summary>
    public Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, string description) =>
        Waiting.UntilAsync(_context.Recorder.Changed, () => condition() ? description : null, timeout, () => $"Timed out after {timeout} waiting until {description}.");

    public async ValueTask DisposeAsync()
    {
        await _context.StopAsync();
        await _server.StopAsync();
        await _server.DisposeAsync();
        await _context.DisposeAsync();
    }

    private static string Shortfall(string where, int wanted, IReadOnlyList<SentMessage> arrived, TimeSpan timeout)
    {
        var lines = arrived.Count == 0 ? " (none)" : string.Concat(arrived.Select(message => "\n  " + message));
        return $"Timed out after {timeout} waiting for {wanted} message(s) to {where}; {arrived.Count} arrived:{lines}";
    }
}
