using System.Text.Json.Serialization;

namespace KhataBot.Infrastructure.Telegram.Api;

/// <summary>Opens the reply box on the user's phone, for a question whose answer the bot waits for.</summary>
public sealed record ForceReply(string? InputFieldPlaceholder = null, bool Selective = false) : ReplyMarkup
{
    /// <summary>Always true: Telegram requires the field.</summary>
    [JsonPropertyName("force_reply")]
    public bool IsForced => true;
}
