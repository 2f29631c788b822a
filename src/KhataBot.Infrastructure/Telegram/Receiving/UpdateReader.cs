using System.Text.Json;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace KhataBot.Infrastructure.Telegram.Receiving;

/// <summary>
/// Reads one update from its JSON with Telegram.Bot's own options (<see cref="JsonBotAPI.Options"/>), the
/// same on the webhook and on polling. One Telegram sends that we cannot read (a lone surrogate in its text,
/// a shape the library does not know) is logged by its id, never its text (it is the customer's words), and
/// skipped: it must not stop every other chat's updates behind it.
/// </summary>
public static class UpdateReader
{
    /// <summary>The update, or null when it cannot be read. <paramref name="updateId"/> is its id whenever
    /// that much can be read, so the offset can move past it.</summary>
    public static Update? Read(JsonElement json, ILogger logger, out long? updateId)
    {
        updateId = json.ValueKind == JsonValueKind.Object && json.TryGetProperty("update_id", out var id) && id.TryGetInt64(out var value) ? value : null;
        try
        {
            if (json.Deserialize<Update>(JsonBotAPI.Options) is { } update)
            {
                return update;
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or NotSupportedException or ArgumentException)
        {
            // The exception's message can quote the JSON: only its kind and where it broke are logged.
            logger.LogWarning("Skipped update {UpdateId}: it could not be read ({Error} at {Path})",
                updateId, ex.GetType().Name, (ex as JsonException)?.Path ?? "?");
            return null;
        }

        logger.LogWarning("Skipped update {UpdateId}: it was empty", updateId);
        return null;
    }
}
