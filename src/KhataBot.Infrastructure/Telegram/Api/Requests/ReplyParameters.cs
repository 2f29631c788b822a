namespace KhataBot.Infrastructure.Telegram.Api;

/// <remarks>Sent with <see cref="AllowSendingWithoutReply"/> true: a reply whose original was deleted
/// should still arrive rather than fail with 400.</remarks>
internal sealed record ReplyParameters(long MessageId, bool AllowSendingWithoutReply = true);
