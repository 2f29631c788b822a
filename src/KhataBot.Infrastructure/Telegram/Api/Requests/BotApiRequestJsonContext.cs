using System.Text.Json.Serialization;

namespace KhataBot.Infrastructure.Telegram.Api;

/// <summary>Compile-time JSON contracts for what we send. Separate from <see cref="BotApiJsonContext"/> only
/// because the request shapes are internal; nulls are left out so that unset optional parameters are not sent.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ReplyMarkup))]
[JsonSerializable(typeof(GetUpdatesRequest))]
[JsonSerializable(typeof(DeleteWebhookRequest))]
[JsonSerializable(typeof(SetWebhookRequest))]
[JsonSerializable(typeof(SendMessageRequest))]
[JsonSerializable(typeof(EditMessageTextRequest))]
[JsonSerializable(typeof(EditMessageReplyMarkupRequest))]
[JsonSerializable(typeof(AnswerCallbackQueryRequest))]
[JsonSerializable(typeof(SendChatActionRequest))]
[JsonSerializable(typeof(SetMyCommandsRequest))]
[JsonSerializable(typeof(InputMediaWire[]))]
internal sealed partial class BotApiRequestJsonContext : JsonSerializerContext;
