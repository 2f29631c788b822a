namespace KhataBot.Core.Abstractions;

/// <summary>A message from any transport (Telegram, the console chat) on its way to the book.</summary>
/// <param name="ChatId">The chat whose book it acts on.</param>
/// <param name="SenderName">Who typed it, kept on every entry it makes.</param>
public sealed record IncomingMessage(long ChatId, string SenderName, string Text);
