namespace KhataBot.Infrastructure.Telegram.Api;

/// <summary>The envelope around every Bot API answer. Telegram sets ok=false for refusals whatever the HTTP
/// status, so this, not the status code, decides success.</summary>
public sealed record BotApiResponse<T>
{
    public bool Ok { get; init; }

    public T? Result { get; init; }

    public int? ErrorCode { get; init; }

    public string? Description { get; init; }

    public ResponseParameters? Parameters { get; init; }
}
