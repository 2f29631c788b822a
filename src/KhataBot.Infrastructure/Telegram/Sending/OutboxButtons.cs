using KhataBot.Core.Outbox;
using KhataBot.Infrastructure.Telegram.Api;

namespace KhataBot.Infrastructure.Telegram.Sending;

/// <summary>Stored buttons as a Telegram inline keyboard, three to a row so labels stay readable on a phone.</summary>
internal static class OutboxButtons
{
    public static InlineKeyboardMarkup? Keyboard(string? json)
    {
        var buttons = OutboxButton.Read(json);
        if (buttons.Count == 0)
        {
            return null;
        }

        return new InlineKeyboardMarkup([.. buttons.Chunk(3).Select(row => (IReadOnlyList<InlineKeyboardButton>)
            [.. row.Select(b => InlineKeyboardButton.WithCallback(b.Text, b.Data))])]);
    }
}
