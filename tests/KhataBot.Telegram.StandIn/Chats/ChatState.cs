using System.Text.Json.Nodes;
using KhataBot.Telegram.StandIn.Http;

namespace KhataBot.Telegram.StandIn.Chats;

/// <summary>
/// One chat: its message ids (shared by the user's and the bot's messages, as in a Telegram chat), the bot's messages
/// as they now stand, and everything the bot sent, in message id order.
/// </summary>
internal sealed class ChatState(long id)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, PostedMessage> _botMessages = [];
    private readonly Dictionary<long, (long FromUserId, long Date)> _userMessages = [];
    private readonly List<SentMessage> _sent = [];
    private long _lastMessageId;
    private volatile ChatInfo _info = ChatInfo.Guess(id);
    private volatile bool _blocked;

    public long Id { get; } = id;

    public ChatInfo Info { get => _info; set => _info = value; }

    /// <summary>The user blocked the bot (or, for a group, kicked it).</summary>
    public bool IsBlocked { get => _blocked; set => _blocked = value; }

    public JsonObject ToJson()
    {
        var info = _info;
        var json = new JsonObject { ["id"] = Id };
        if (info.Title is not null) json["title"] = info.Title;
        if (info.FirstName is not null) json["first_name"] = info.FirstName;
        if (info.Username is not null) json["username"] = info.Username;
        json["type"] = info.Type;
        return json;
    }

    public long AddUserMessage(long fromUserId, long date)
    {
        lock (_gate)
        {
            _userMessages[++_lastMessageId] = (fromUserId, date);
            return _lastMessageId;
        }
    }

    public (long FromUserId, long Date)? FindUserMessage(long messageId)
    {
        lock (_gate) return _userMessages.TryGetValue(messageId, out var message) ? message : null;
    }

    public (SentMessage Sent, IReadOnlyList<PostedMessage> Messages) Post(Outgoing outgoing, long date, DateTimeOffset at, string? mediaGroupId)
    {
        lock (_gate)
        {
            var messages = outgoing.Parts
                .Select(part => new PostedMessage(++_lastMessageId, part, outgoing.Markup, date, mediaGroupId))
                .ToList();
            foreach (var message in messages) _botMessages[message.MessageId] = message;
            var sent = new SentMessage
            {
                MessageId = messages[0].MessageId,
                ChatId = Id,
                Kind = outgoing.Kind,
                Text = outgoing.RawText,
                PlainText = outgoing.Parts.Select(part => part.Content.Text).FirstOrDefault(text => text.Length > 0) ?? "",
                ParseMode = outgoing.ParseMode,
                ReplyMarkup = outgoing.Markup?.Raw,
                Files = [.. outgoing.Parts.Where(part => part.File is not null).Select(part => part.File!)],
                MessageIds = [.. messages.Select(message => message.MessageId)],
                At = at,
            };
            _sent.Add(sent);
            return (sent, messages);
        }
    }

    /// <summary>Runs <paramref name="edit"/> on one of the bot's messages under the chat's lock, or refuses as Telegram does.</summary>
    public T Edit<T>(long messageId, Func<PostedMessage, T> edit)
    {
        lock (_gate)
        {
            if (_botMessages.TryGetValue(messageId, out var message)) return edit(message);
            if (_userMessages.ContainsKey(messageId)) throw BotApiException.BadRequest("message can't be edited");
            throw BotApiException.BadRequest("message to edit not found");
        }
    }

    public JsonObject? BotMessageJson(long messageId, Func<PostedMessage, JsonObject> toJson)
    {
        lock (_gate) return _botMessages.TryGetValue(messageId, out var message) ? toJson(message) : null;
    }

    public IReadOnlyList<SentMessage> Sent()
    {
        lock (_gate) return [.. _sent];
    }

    public int SentCount
    {
        get
        {
            lock (_gate) return _sent.Count;
        }
    }
}
