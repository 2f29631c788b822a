using System.Collections.Concurrent;
using System.Globalization;
using KhataBot.Core;
using KhataBot.Core.Shops;
using KhataBot.Core.Abstractions;
using KhataBot.Core.Outbox;
using KhataBot.Core.Parsing;
using KhataBot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace KhataBot.Infrastructure.Telegram.Receiving;

/// <summary>
/// Turns one Telegram update into work for the book: a text message, an edited message or a pressed
/// button. Every update carries its update id into the book's transaction (<see cref="Delivery"/>), so an
/// update delivered twice is applied once. Replies go through the outbox; only the answer to a button
/// press (a small toast) and "Not saved" (the book could not take it) go straight to Telegram.
/// </summary>
public sealed class UpdateRouter(
    KhataEngine engine,
    ITelegramBotClient bot,
    ChatActivity chats,
    IServiceScopeFactory scopes,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<UpdateRouter> logger)
{
    public const string PrivateBot = "Sorry, this KhataBot is private. Ask its owner if you need access.";
    public const string StaleButton = "This button no longer works. Type the command instead.";

    private readonly HashSet<long> _allowed = [.. options.Value.AllowedUserIds];

    /// <summary>The day each stranger was last told the bot is private: at most once a day each.</summary>
    private readonly ConcurrentDictionary<long, DateOnly> _refused = new();

    /// <summary>Updates being handled now: one delivered again meanwhile (a webhook retried after our 503)
    /// waits for the same work instead of queueing a second copy.</summary>
    private readonly ConcurrentDictionary<long, Task> _inFlight = new();

    /// <summary>Updates whose chat was told "Not saved" lately: a late redelivery is not tried and told again.</summary>
    private readonly ConcurrentDictionary<long, byte> _toldNotSaved = new();

    /// <summary>Starts handling the update. Messages are queued for the book before the first await, so
    /// updates started in order are applied in order. The task ends when the update is in the book, or its
    /// chat was told it is not; it fails when neither could be done (the update must not be confirmed).</summary>
    public Task HandleAsync(Update update, CancellationToken ct)
    {
        long id = update.Id;
        if (_inFlight.TryGetValue(id, out var running))
        {
            return running;
        }

        if (_toldNotSaved.ContainsKey(id))
        {
            return Task.CompletedTask;
        }

        var work = StartAsync(update, ct);
        if (work.IsCompleted)
        {
            return work;
        }

        var tracked = ForgetWhenDoneAsync(id, work);
        _inFlight.TryAdd(id, tracked);
        return tracked;
    }

    private async Task ForgetWhenDoneAsync(long updateId, Task work)
    {
        try
        {
            await work;
        }
        finally
        {
            _inFlight.TryRemove(updateId, out _);
        }
    }

    private Task StartAsync(Update update, CancellationToken ct)
    {
        if ((update.Message ?? update.EditedMessage ?? update.CallbackQuery?.Message) is { Chat: not { Id: not 0 } })
        {
            // No chat to act on or answer in (Telegram always sends one; a forged or broken update may not).
            logger.LogWarning("Ignored update {UpdateId}: it names no chat", update.Id);
            return Task.CompletedTask;
        }

        if (update.Message is { MigrateToChatId: { } newChat } upgraded)
        {
            return MoveChatAsync(upgraded.Chat.Id, newChat, ct);
        }

        if (update.Message is { MigrateFromChatId: { } oldChat } upgradedTo)
        {
            return MoveChatAsync(oldChat, upgradedTo.Chat.Id, ct);
        }

        if (update.Message is { Text: { } text } message)
        {
            return HandleMessageAsync(update.Id, message, text, ct);
        }

        if (update.EditedMessage is { Text: { } edited } editedMessage)
        {
            return HandleEditAsync(update.Id, editedMessage, edited, ct);
        }

        if (update.CallbackQuery is { } callback)
        {
            return HandleButtonAsync(update.Id, callback, ct);
        }

        // Photos, stickers, member changes: nothing for the book.
        return Task.CompletedTask;
    }

    /// <summary>A group became a supergroup: its book moves to the new chat id (Telegram sends two notices; the
    /// second finds nothing left to move).</summary>
    private async Task MoveChatAsync(long from, long to, CancellationToken ct)
    {
        var moved = false;
        await engine.WriteAsync(async db => moved = await ChatMigration.MoveAsync(db, from, to, ct), ct);
        if (moved)
        {
            logger.LogInformation("Chat {From} became supergroup {To}; its book moved with it", from, to);
        }
    }

    private async Task HandleMessageAsync(long updateId, Message message, string text, CancellationToken ct)
    {
        if (message.From is not { } from || !await MayUseAsync(from, message.Chat, ct))
        {
            return;
        }

        var reply = await engine.HandleAsync(Incoming(updateId, message.Chat, from, text, message.MessageId), ct);
        await TellIfNotSavedAsync(updateId, message.Chat.Id, reply, ct);
    }

    /// <summary>A reply the book could not take has no outbox row: it goes straight to the chat, and only once
    /// that worked may the update be confirmed. If Telegram cannot be reached either, the update stays
    /// unconfirmed and comes again.</summary>
    private async Task TellIfNotSavedAsync(long updateId, long chatId, Reply reply, CancellationToken ct)
    {
        if (reply.WasSaved)
        {
            return;
        }

        logger.LogError("Update {UpdateId} in chat {ChatId} was not saved ({Reason}); the chat is told to send it again", updateId, chatId, reply.NotSavedReason);
        await bot.SendMessage(chatId: chatId, text: reply.Text, cancellationToken: ct);
        Remember(updateId);
    }

    private void Remember(long updateId)
    {
        if (_toldNotSaved.Count > 10_000)
        {
            _toldNotSaved.Clear();
        }

        _toldNotSaved.TryAdd(updateId, 0);
    }

    private async Task HandleEditAsync(long updateId, Message message, string text, CancellationToken ct)
    {
        if (message.From is not { } from || !await MayUseAsync(from, message.Chat, ct))
        {
            return;
        }

        var entryNumber = await EntryMadeByAsync(message.Chat.Id, message.MessageId, ct);
        var incoming = Incoming(updateId, message.Chat, from, text, message.MessageId);
        // An edit of a message that made an entry must not make a second one; an edit of anything else
        // (a typo the bot could not read, a question) is simply read again.
        var reply = await (entryNumber is { } number
            ? engine.HandleAsync(incoming, new ExplainEditedEntry(number), ct)
            : engine.HandleAsync(incoming, ct));
        await TellIfNotSavedAsync(updateId, message.Chat.Id, reply, ct);
    }

    private async Task HandleButtonAsync(long updateId, CallbackQuery callback, CancellationToken ct)
    {
        if (callback.Message is not { } message || !ButtonData.TryDecode(callback.Data, out var shopId, out var action))
        {
            await AnswerAsync(callback.Id, StaleButton, alert: false, ct);
            return;
        }

        if (!await MayUseAsync(callback.From, message.Chat, ct))
        {
            await AnswerAsync(callback.Id, PrivateBot, alert: true, ct);
            return;
        }

        var incoming = Incoming(updateId, message.Chat, callback.From, action, null) with { ButtonOfShopId = shopId };
        var reply = await engine.HandleAsync(incoming, ct);
        var (toast, alert) = reply switch
        {
            { WasAlreadyHandled: true } => ("Already done.", false),
            { WasSaved: false } => (FirstLine(reply.Text), true),
            { Text: KhataEngine.ForeignButton } => (KhataEngine.ForeignButton, true),
            _ => (FirstLine(reply.Text), false),
        };
        await AnswerAsync(callback.Id, toast, alert, ct);
    }

    private static IncomingMessage Incoming(long updateId, Chat chat, User from, string text, long? messageId) =>
        new(chat.Id, NameOf(from), text)
        {
            SenderId = from.Id,
            IsGroupChat = chat.Type is ChatType.Group or ChatType.Supergroup,
            Delivery = new Delivery($"tg:{updateId.ToString(CultureInfo.InvariantCulture)}", messageId),
        };

    private async Task<bool> MayUseAsync(User from, Chat chat, CancellationToken ct)
    {
        if (_allowed.Count > 0 && !_allowed.Contains(from.Id))
        {
            logger.LogInformation("Refused user {UserId}: not in Telegram:AllowedUserIds", from.Id);
            await RefuseStrangerAsync(from.Id, chat.Id, ct);
            return false;
        }

        // Writing to the bot undoes a block: it can be sent to again.
        await chats.MarkActiveAsync(chat.Id, ct);
        return true;
    }

    /// <summary>Once a day per stranger, and through the outbox and so the pacer: strangers writing to a private
    /// bot cannot use up the sending rate its shops need.</summary>
    private async Task RefuseStrangerAsync(long userId, long chatId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (_refused.TryGetValue(userId, out var day) && day == today)
        {
            return;
        }

        if (_refused.Count > 100_000)
        {
            _refused.Clear();
        }

        _refused[userId] = today;
        try
        {
            await engine.WriteAsync(db =>
            {
                OutboxWriter.Add(db, chatId, PrivateBot, shopId: null, now);
                return Task.CompletedTask;
            }, ct);
        }
        catch (Exception ex) when (ex is InvalidOperationException)
        {
            logger.LogWarning(ex, "Could not queue the refusal to user {UserId}", userId);
        }
    }

    private async Task<int?> EntryMadeByAsync(long chatId, long messageId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KhataDbContext>();
        return await db.ProcessedDeliveries
            .Where(d => d.ChatId == chatId && d.MessageId == messageId && d.EntryNumber != null)
            .Select(d => d.EntryNumber)
            .FirstOrDefaultAsync(ct);
    }

    private async Task AnswerAsync(string callbackId, string text, bool alert, CancellationToken ct)
    {
        try
        {
            await bot.AnswerCallbackQuery(callbackQueryId: callbackId, text: text, showAlert: alert, cancellationToken: ct);
        }
        catch (RequestException ex)
        {
            // The press itself was handled; only the little confirmation is lost (it expires anyway).
            logger.LogWarning(ex, "Could not answer a button press");
        }
    }

    private static string NameOf(User user) =>
        string.IsNullOrWhiteSpace(user.LastName) ? user.FirstName : $"{user.FirstName} {user.LastName}";

    /// <summary>Telegram shows at most 200 characters in a button's answer.</summary>
    private static string FirstLine(string text)
    {
        var line = text.Split('\n', 2)[0];
        return line.Length <= 200 ? line : line[..199] + "…";
    }
}
