using System.Text.Json.Serialization;

namespace KhataBot.Infrastructure.Telegram.Api;

/// <summary>What may go in a send's reply_markup. Written as the concrete kind's own object, with no type
/// marker, because Telegram tells the kinds apart by their fields.</summary>
[JsonDerivedType(typeof(InlineKeyboardMarkup))]
[JsonDerivedType(typeof(ForceReply))]
public abstract record ReplyMarkup;
