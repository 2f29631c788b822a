using System.Text.Json;
using System.Text.Json.Serialization;

namespace KhataBot.Infrastructure.Telegram.Api;

/// <summary>Compile-time JSON contracts for what Telegram sends: snake_case, unknown fields ignored. Public so
/// that the webhook endpoint reads updates exactly as getUpdates does.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Update))]
[JsonSerializable(typeof(BotApiResponse<User>))]
[JsonSerializable(typeof(BotApiResponse<Update[]>))]
[JsonSerializable(typeof(BotApiResponse<JsonElement[]>))]
[JsonSerializable(typeof(BotApiResponse<Message>))]
[JsonSerializable(typeof(BotApiResponse<Message[]>))]
[JsonSerializable(typeof(BotApiResponse<WebhookInfo>))]
[JsonSerializable(typeof(BotApiResponse<bool>))]
public sealed partial class BotApiJsonContext : JsonSerializerContext;
