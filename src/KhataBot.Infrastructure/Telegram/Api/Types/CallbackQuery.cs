namespace KhataBot.Infrastructure.Telegram.Api;

/// <summary>A press on an inline keyboard button; it must be answered (answerCallbackQuery) or the
/// user's app shows a spinner.</summary>
public sealed record CallbackQuery
{
    public string Id { get; init; } = "";

    public User From { get; init; } = new();

    /// <summary>The message carrying the keyboard; absent when it is too old for Telegram to send.</summary>
    public Message? Message { get; init; }

    public string? InlineMessageId { get; init; }

    public string ChatInstance { get; init; } = "";

    /// <summary>The button's callback_data, 1-64 bytes.</summary>
    public string? Data { get; init; }
}
