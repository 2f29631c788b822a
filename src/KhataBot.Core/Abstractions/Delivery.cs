namespace KhataBot.Core.Abstractions;

/// <summary>
/// How a transport wants a message kept: at most once, and answered through the outbox. The key is
/// stored in the same transaction as the change the message made, so a message delivered again (a
/// webhook retry, a crash before the transport confirmed it) changes the book once and is answered once.
/// </summary>
/// <param name="Key">Unique per delivery on its transport, e.g. "tg:1234" for a Telegram update id.</param>
/// <param name="MessageId">The transport's id of the message, so an edit of it can be recognised later.</param>
public sealed record Delivery(string Key, long? MessageId);
