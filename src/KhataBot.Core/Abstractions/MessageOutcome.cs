namespace KhataBot.Core.Abstractions;

/// <summary>What became of a message in the book. Transports act on this, never on a reply's words: only
/// <see cref="NotSaved"/> means the book holds nothing of the message, so its delivery must not be confirmed
/// until the chat has been told.</summary>
public enum MessageOutcome
{
    /// <summary>Committed: the change, or the refusal and its reply, is in the book.</summary>
    Applied,

    /// <summary>The message itself failed and was rolled back alone; its "nothing was changed" answer was committed.</summary>
    Failed,

    /// <summary>Seen before: nothing more to do or send.</summary>
    AlreadyHandled,

    /// <summary>The commit failed and kept failing until the engine gave up (Book:GiveUpAfter): nothing of the
    /// message is in the book, not even its reply, so the transport must say so itself.</summary>
    NotSaved,
}
