using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace KhataBot.Telegram.StandIn.Http;

/// <summary>Writes the envelope Telegram wraps every answer in, with the HTTP status equal to error_code.</summary>
internal static class ReplyWriter
{
    public static async Task WriteAsync(HttpResponse response, ApiReply reply)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, StandInJson.Writer))
        {
            WriteEnvelope(json, reply);
        }

        response.StatusCode = reply.StatusCode;
        response.ContentType = "application/json";
        response.ContentLength = buffer.WrittenCount;
        await response.Body.WriteAsync(buffer.WrittenMemory);
    }

    private static void WriteEnvelope(Utf8JsonWriter json, ApiReply reply)
    {
        json.WriteStartObject();
        json.WriteBoolean("ok", reply.IsOk);
        if (reply.IsOk)
        {
            json.WritePropertyName("result");
            reply.WriteResult!(json);
            if (reply.Description is { } description) json.WriteString("description", description);
        }
        else
        {
            json.WriteNumber("error_code", reply.StatusCode);
            json.WriteString("description", reply.Description);
            if (reply.RetryAfter is { } retryAfter)
            {
                json.WriteStartObject("parameters");
                json.WriteNumber("retry_after", retryAfter);
                json.WriteEndObject();
            }
        }

        json.WriteEndObject();
    }
}
