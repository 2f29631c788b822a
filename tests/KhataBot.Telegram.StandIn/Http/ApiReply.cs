using System.Text.Json;
using System.Text.Json.Nodes;

namespace KhataBot.Telegram.StandIn.Http;

/// <summary>What a method answers: a result for {"ok":true,…} or an error for {"ok":false,…}.</summary>
internal sealed class ApiReply
{
    public static readonly ApiReply Unauthorized = Error(401, "Unauthorized");
    public static readonly ApiReply NotFound = Error(404, "Not Found");

    private ApiReply(int statusCode, string? description, int? retryAfter, Action<Utf8JsonWriter>? writeResult)
    {
        StatusCode = statusCode;
        Description = description;
        RetryAfter = retryAfter;
        WriteResult = writeResult;
    }

    public int StatusCode { get; }

    public string? Description { get; }

    public int? RetryAfter { get; }

    public Action<Utf8JsonWriter>? WriteResult { get; }

    public bool IsOk => StatusCode == 200;

    public static ApiReply Ok(JsonNode result) => new(200, null, null, json => result.WriteTo(json));

    /// <summary>Telegram adds a description to some plain true results ("Webhook was set").</summary>
    public static ApiReply Ok(bool result, string? description = null) =>
        new(200, description, null, json => json.WriteBooleanValue(result));

    public static ApiReply OkWritten(Action<Utf8JsonWriter> writeResult) => new(200, null, null, writeResult);

    public static ApiReply Error(int statusCode, string description, int? retryAfter = null) =>
        new(statusCode, description, retryAfter, null);

    public static ApiReply From(BotApiException refusal) => Error(refusal.ErrorCode, refusal.Message, refusal.RetryAfter);
}
