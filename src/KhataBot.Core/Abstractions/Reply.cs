namespace KhataBot.Core.Abstractions;

/// <summary>What the bot answers: text, files for the transport to deliver (exports, charts), and buttons
/// for transports that have them.</summary>
public sealed record Reply(string Text, IReadOnlyList<ReplyFile> Files)
{
    /// <summary>The answer to a message that was already handled once: there is nothing more to send.</summary>
    public static readonly Reply AlreadyHandled = new("") { Outcome = MessageOutcome.AlreadyHandled };

    public Reply(string text) : this(text, []) { }

    public IReadOnlyList<ReplyButton> Buttons { get; init; } = [];

    /// <summary>The entry the message added, if it added one.</summary>
    public int? EntryNumber { get; init; }

    public MessageOutcome Outcome { get; init; } = MessageOutcome.Applied;

    /// <summary>Why the book could not be written, when <see cref="Outcome"/> is <see cref="MessageOutcome.NotSaved"/>.</summary>
    public string? NotSavedReason { get; init; }

    public bool WasAlreadyHandled => Outcome == MessageOutcome.AlreadyHandled;

    public bool WasSaved => Outcome != MessageOutcome.NotSaved;

    /// <summary>Set by a handler that found the command could mean more than one thing (a close customer
    /// name): the question is stored and asked instead of <see cref="Text"/>, and the handler must have
    /// changed nothing. Parsers return an <see cref="Parsing.Ask"/> command for the same.</summary>
    public Parsing.Ask? Asks { get; init; }

    public static implicit operator Reply(string text) => new(text);
}

public sealed record ReplyFile(string FileName, string MediaType, byte[] Content);

/// <summary>A button under a reply. Pressing it runs <paramref name="Action"/> as if it had been typed,
/// in the same chat and only on the same shop's book.</summary>
public sealed record ReplyButton(string Text, string Action)
{
    /// <summary>Set for a button that opens a web page inside the messenger (a Telegram Mini App) instead of
    /// sending <see cref="Action"/> back.</summary>
    public string? WebAppUrl { get; init; }
}
