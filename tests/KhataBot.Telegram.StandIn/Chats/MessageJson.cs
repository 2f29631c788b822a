using System.Text.Json.Nodes;
using KhataBot.Telegram.StandIn.Formatting;

namespace KhataBot.Telegram.StandIn.Chats;

/// <summary>Message objects in Telegram's shape, for results and for updates.</summary>
internal static class MessageJson
{
    public static JsonObject Bot(StandInBotUser bot) => new()
    {
        ["id"] = bot.Id,
        ["is_bot"] = true,
        ["first_name"] = bot.FirstName,
        ["username"] = bot.Username,
    };

    public static JsonObject Person(KnownUser user)
    {
        var json = new JsonObject { ["id"] = user.Id, ["is_bot"] = false, ["first_name"] = user.FirstName };
        if (user.Username is not null) json["username"] = user.Username;
        json["language_code"] = user.LanguageCode;
        return json;
    }

    public static JsonObject FromBot(PostedMessage message, ChatState chat, StandInBotUser bot)
    {
        var json = new JsonObject
        {
            ["message_id"] = message.MessageId,
            ["from"] = Bot(bot),
            ["chat"] = chat.ToJson(),
            ["date"] = message.Date,
        };
        if (message.EditDate is { } editDate) json["edit_date"] = editDate;
        if (message.MediaGroupId is not null) json["media_group_id"] = message.MediaGroupId;
        switch (message.Kind)
        {
            case SentKind.Photo:
                json["photo"] = FileJson.PhotoSizes(message.File!);
                AddCaption(json, message.Content);
                break;
            case SentKind.Document:
                json["document"] = FileJson.Document(message.File!);
                AddCaption(json, message.Content);
                break;
            default:
                EntityJson.AddText(json, "text", "entities", message.Content);
                break;
        }

        if (message.Markup?.InlineKeyboard is { } keyboard) json["reply_markup"] = keyboard.DeepClone();
        return json;
    }

    public static JsonObject FromUser(long messageId, KnownUser from, ChatState chat, long date, string text, long? editDate = null)
    {
        var json = new JsonObject
        {
            ["message_id"] = messageId,
            ["from"] = Person(from),
            ["chat"] = chat.ToJson(),
            ["date"] = date,
        };
        if (editDate is { } edited) json["edit_date"] = edited;
        EntityJson.AddText(json, "text", "entities", new FormattedText(text, CommandEntities.Find(text)));
        return json;
    }

    /// <summary>What a callback query carries when the bot's message is unknown or too old: no content, date 0.</summary>
    public static JsonObject Inaccessible(long messageId, ChatState chat) => new()
    {
        ["chat"] = chat.ToJson(),
        ["message_id"] = messageId,
        ["date"] = 0,
    };

    private static void AddCaption(JsonObject json, FormattedText caption)
    {
        if (caption.Length > 0) EntityJson.AddText(json, "caption", "caption_entities", caption);
    }
}
