namespace KhataBot.Telegram.StandIn.Formatting;

/// <summary>Why Telegram's HTML parser gave up; becomes "Bad Request: can't parse entities: {Message}".</summary>
internal sealed class HtmlParseException(string message) : Exception(message);
