using System.Text.Encodings.Web;
using System.Text.Json;

namespace KhataBot.Telegram.StandIn.Http;

internal static class StandInJson
{
    /// <summary>Telegram writes non-ASCII text as UTF-8, not \u escapes; "₹" should look like "₹" on the wire.</summary>
    public static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly JsonSerializerOptions Serializer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
