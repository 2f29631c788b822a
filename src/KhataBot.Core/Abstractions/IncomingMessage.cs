namespace KhataBot.Core.Abstractions;

/// <summary>A message from any transport (Telegram, the console chat) on its way to the book.</summary>
/// <param name="ChatId">The chat it came from; its book, unless the sender works as staff for another shop.</param>
/// <param name="SenderName">Who typed it, kept on every entry it makes.</param>
public sealed record IncomingMessage(long ChatId, string SenderName, string Text)
{
    /// <summary>The sender's user id on the transport; null for the console chat, whose one user owns the book.</summary>
    public long? SenderId { get; init; }

    /// <summary>In a group the book is shared: whoever is not its owner works in it as staff.</summary>
    public bool IsGroupChat { get; init; }

    /// <summary>Set by transports that can deliver a message twice and send replies from the outbox.</summary>
    public Delivery? Delivery { get; init; }

    /// <summary>Set when the message is a pressed button: the shop the button was made for. A button of
    /// another shop (forged or stale) is refused.</summary>
    public long? ButtonOfShopId { get; init; }
}
