using System.Text.Json.Nodes;
using KhataBot.Telegram.StandIn.Formatting;

namespace KhataBot.Telegram.StandIn.Chats;

internal static class EntityJson
{
    /// <summary>Adds text (or caption) and its entities to a Message, leaving out an empty entity list as Telegram does.</summary>
    public static void AddText(JsonObject message, string textField, string entitiesField, FormattedText content)
    {
        message[textField] = content.Text;
        if (content.Entities.Count > 0) message[entitiesField] = new JsonArray([.. content.Entities.Select(ToJson)]);
    }

    private static JsonNode ToJson(TextEntity entity)
    {
        var json = new JsonObject { ["offset"] = entity.Offset, ["length"] = entity.Length, ["type"] = entity.Type };
        if (entity.Url is not null) json["url"] = entity.Url;
        if (entity.Language is not null) json["language"] = entity.Language;
        if (entity.UserId is { } userId) json["user"] = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = "" };
        if (entity.CustomEmojiId is not null) json["custom_emoji_id"] = entity.CustomEmojiId;
        return json;
    }
}
