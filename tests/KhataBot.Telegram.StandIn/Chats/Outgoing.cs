using KhataBot.Telegram.StandIn.Formatting;

namespace KhataBot.Telegram.StandIn.Chats;

/// <summary>A send the stand-in has accepted, before it has message ids. Media groups have one part per item.</summary>
internal sealed record Outgoing(SentKind Kind, string? RawText, string? ParseMode, ReplyMarkup? Markup, IReadOnlyList<OutgoingPart> Parts);

/// <summary>One message's worth: its kind (Text, Photo or Document), text or caption, and file.</summary>
internal sealed record OutgoingPart(SentKind Kind, FormattedText Content, SentFile? File);
