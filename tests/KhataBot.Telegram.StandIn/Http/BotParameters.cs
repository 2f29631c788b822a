using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace KhataBot.Telegram.StandIn.Http;

/// <summary>
/// A call's parameters wherever they came from. Telegram takes the same names from the query string, a JSON body,
/// a form or multipart parts; from a form everything is a string, so objects such as reply_markup arrive
/// JSON-serialized and numbers as digits. These readers accept both forms, as Telegram does.
/// </summary>
internal sealed class BotParameters(Dictionary<string, JsonNode?> values, IFormFileCollection? files)
{
    public string? String(string name) =>
        values.TryGetValue(name, out var node) ? AsString(node) : null;

    public long? Long(string name) =>
        long.TryParse(String(name), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    public int Int(string name, int fallback) =>
        int.TryParse(String(name), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    public bool Bool(string name) => String(name) is { } text && (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text == "1");

    /// <summary>An object or array parameter, parsed when it came as a JSON string.</summary>
    public JsonNode? Json(string name, string refusalIfUnparsable)
    {
        if (!values.TryGetValue(name, out var node) || node is null) return null;
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.String) return node;
        var text = value.GetValue<string>();
        if (text.Length == 0) return null;
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            throw BotApiException.BadRequest(refusalIfUnparsable);
        }
    }

    public IFormFile? File(string partName) => files?.GetFile(partName);

    public long RequireChatId()
    {
        var raw = String("chat_id");
        if (string.IsNullOrEmpty(raw)) throw BotApiException.BadRequest("chat_id is empty");
        // "@channelname" and other non-numeric ids would need a directory of public chats; none exists here.
        return Long("chat_id") ?? throw BotApiException.BadRequest("chat not found");
    }

    public long RequireMessageId() =>
        Long("message_id") ?? throw BotApiException.BadRequest("message identifier is not specified");

    private static string? AsString(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => node.ToJsonString(),
    };
}
