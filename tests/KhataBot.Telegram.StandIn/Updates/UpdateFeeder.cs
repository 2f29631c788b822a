using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using KhataBot.Telegram.StandIn.Chats;

namespace KhataBot.Telegram.StandIn.Updates;

/// <summary>Turns a test's "Ramesh writes …" into the update Telegram would queue for the bot.</summary>
internal sealed class UpdateFeeder(StandInContext context)
{
    private static readonly string[] ChatTypes = ["private", "group", "supergroup"];

    public PushedMessage PushMessage(long chatId, long fromUserId, string text, string chatType, string firstName, string? chatTitle, string? username)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        CheckChat(chatId, fromUserId, chatType);
        var user = new KnownUser(fromUserId, firstName, username);
        context.Chats.Remember(user);
        var chat = context.Chats.Get(chatId);
        chat.Info = chatType == "private"
            ? new ChatInfo("private", null, firstName, username)
            : new ChatInfo(chatType, chatTitle ?? chat.Info.Title ?? "Khata Group", null, null);

        long messageId = 0;
        var update = context.Updates.Push(updateId =>
        {
            var date = context.UnixNow;
            messageId = chat.AddUserMessage(fromUserId, date);
            return Queued(updateId, "message", MessageJson.FromUser(messageId, user, chat, date, text));
        });
        return new PushedMessage(update.UpdateId, messageId);
    }

    public long PushEditedMessage(long chatId, long fromUserId, long messageId, string newText)
    {
        ArgumentException.ThrowIfNullOrEmpty(newText);
        var chat = context.Chats.Get(chatId);
        var original = chat.FindUserMessage(messageId)
            ?? throw new ArgumentException($"Chat {chatId} has no message {messageId} pushed by a user.", nameof(messageId));
        if (original.FromUserId != fromUserId) throw new ArgumentException("People can only edit their own messages.", nameof(fromUserId));

        var user = context.Chats.User(fromUserId);
        return context.Updates.Push(updateId =>
            Queued(updateId, "edited_message", MessageJson.FromUser(messageId, user, chat, original.Date, newText, editDate: context.UnixNow))).UpdateId;
    }

    /// <summary>A tap on an inline button. The update carries the bot's message as it now stands, or, if the stand-in
    /// never saw it, an inaccessible message (date 0) as Telegram sends for old ones.</summary>
    public string PushCallbackQuery(long chatId, long fromUserId, long messageId, string data)
    {
        if (Encoding.UTF8.GetByteCount(data) is < 1 or > 64) throw new ArgumentException("callback_data is 1-64 bytes; no button could carry this.", nameof(data));
        var chat = context.Chats.Get(chatId);
        var bot = context.Identity.User;
        var message = chat.BotMessageJson(messageId, posted => MessageJson.FromBot(posted, chat, bot)) ?? MessageJson.Inaccessible(messageId, chat);
        var queryId = context.Callbacks.Issue();
        var query = new JsonObject
        {
            ["id"] = queryId,
            ["from"] = MessageJson.Person(context.Chats.User(fromUserId)),
            ["message"] = message,
            ["chat_instance"] = ChatInstance(chatId),
            ["data"] = data,
        };
        context.Updates.Push(updateId => Queued(updateId, "callback_query", query));
        return queryId;
    }

    private static QueuedUpdate Queued(long updateId, string type, JsonNode payload) =>
        new(updateId, type, UpdateJson.Serialize(updateId, type, payload));

    // Telegram's chat_instance is an opaque number fixed per chat; any stable mix of the chat id will do.
    private static string ChatInstance(long chatId) =>
        unchecked(chatId * -7046029254386353131L ^ 0x2291384178539442L).ToString(CultureInfo.InvariantCulture);

    private static void CheckChat(long chatId, long fromUserId, string chatType)
    {
        if (!ChatTypes.Contains(chatType)) throw new ArgumentException($"Chat type is one of {string.Join(", ", ChatTypes)}.", nameof(chatType));
        if (fromUserId <= 0) throw new ArgumentException("User ids are positive.", nameof(fromUserId));
        if (chatType == "private" && chatId != fromUserId) throw new ArgumentException("A private chat's id is the user's id.", nameof(chatId));
        if (chatType != "private" && chatId >= 0) throw new ArgumentException("Group chat ids are negative.", nameof(chatId));
    }
}
