namespace KhataBot.Infrastructure.Telegram.Api;

/// <summary>One inline button: either sends <see cref="CallbackData"/> (1-64 bytes) back to the bot or opens <see cref="Url"/>.</summary>
public sealed record InlineKeyboardButton(string Text, string? CallbackData = null, string? Url = null)
{
    public static InlineKeyboardButton WithCallback(string text, string callbackData) => new(text, CallbackData: callbackData);

    public static InlineKeyboardButton WithUrl(string text, Uri url) => new(text, Url: url.AbsoluteUri);
}
