namespace KhataBot.Core.Questions;

/// <summary>
/// A question the bot asked a chat and is waiting on (one per chat and book). Kept in the book, not in
/// memory, so an answer after a restart still books the right thing; removed when answered or when the
/// chat writes anything else.
/// </summary>
public sealed class PendingQuestion
{
    public long Id { get; set; }

    public long ShopId { get; set; }

    /// <summary>The chat that was asked: in a shared book each chat has its own question.</summary>
    public long ChatId { get; set; }

    /// <summary>A new random key per question, carried by its buttons: a row id can be reused after a
    /// delete, and a stale button must never answer a newer question.</summary>
    public required string Token { get; set; }

    /// <summary>The commands it hesitates between, as <see cref="StoredCommands"/> JSON.</summary>
    public required string ChoicesJson { get; set; }

    public DateTimeOffset AskedAt { get; set; }

    public static string NewToken() => Guid.NewGuid().ToString("N")[..10];
}
