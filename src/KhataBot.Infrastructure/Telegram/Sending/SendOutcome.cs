namespace KhataBot.Infrastructure.Telegram.Sending;

/// <summary>What became of one attempt to send the next part of a reply.</summary>
internal enum SendResult
{
    /// <summary>Every part is out, and the reply is already marked sent in the outbox.</summary>
    SentAndRecorded,

    /// <summary>Every part is out; the mark is still to be written.</summary>
    Sent,

    /// <summary>A part went out; more follow.</summary>
    PartSent,

    /// <summary>Telegram asked us to slow down; the chat waits, the reply stays.</summary>
    Throttled,

    /// <summary>Telegram or the network failed; try again after a growing delay.</summary>
    RetryLater,

    /// <summary>The chat blocked the bot or is gone: stop sending to it.</summary>
    ChatGone,

    /// <summary>Telegram refused this reply for good (a 400): keep it, with the reason, and move on.</summary>
    Refused,

    /// <summary>The group became a supergroup with a new chat id (<see cref="SendOutcome.MovedTo"/>): its replies go there.</summary>
    ChatMoved,

    /// <summary>The sender is stopping; the reply stays pending for next time.</summary>
    Interrupted,
}

internal sealed record SendOutcome(PendingReply Reply, SendResult Result, string? Error = null, long? MovedTo = null);
