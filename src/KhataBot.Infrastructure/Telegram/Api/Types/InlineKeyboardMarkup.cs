namespace KhataBot.Infrastructure.Telegram.Api;

/// <summary>Buttons under a message, in rows; pressing one sends the bot a <see cref="CallbackQuery"/>.</summary>
public sealed record InlineKeyboardMarkup(IReadOnlyList<IReadOnlyList<InlineKeyboardButton>> InlineKeyboard) : ReplyMarkup;
