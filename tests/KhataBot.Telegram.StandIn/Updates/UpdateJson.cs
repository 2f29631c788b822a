using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using KhataBot.Telegram.StandIn.Http;

namespace KhataBot.Telegram.StandIn.Updates;

internal static class UpdateJson
{
    /// <summary>{"update_id":…, "<paramref name="type"/>": …} as UTF-8, serialized once and sent as is thereafter.</summary>
    public static byte[] Serialize(long updateId, string type, JsonNode payload)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer, StandInJson.Writer))
        {
            json.WriteStartObject();
            json.WriteNumber("update_id", updateId);
            json.WritePropertyName(type);
            payload.WriteTo(json);
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
