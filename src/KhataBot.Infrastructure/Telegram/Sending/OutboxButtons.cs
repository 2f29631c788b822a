using KhataBot.Core.Outbox;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace KhataBot.Infrastructure.Telegram.Sending;

/// <summary>Stored buttons as a Telegram inline keyboard (a Mini App button opens the dashboard), three to a row so labels stay readable on a phone.</summary>
internal static class OutboxButtons
{
    public static InlineKeyboardMarkup? Keyboard(string? json)
    {
        var buttons = OutboxButton.Read(json);
        if (buttons.Count == 0)
        {
            return null;
        }

        return new InlineKeyboardMarkup(buttons.Chunk(3).Select(row =>
            row.Select(b => b.WebApp is { } url
                ? InlineKeyboardButton.WithWebApp(b.Text, new WebAppInfo(url))
                : InlineKeyboardButton.WithCallbackData(text: b.Text, callbackData: b.Data))));
    }
}
