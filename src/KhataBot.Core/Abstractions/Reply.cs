namespace KhataBot.Core.Abstractions;

/// <summary>What the bot answers: text, files for the transport to deliver (exports, charts), and buttons
/// for transports that have them.</summary>
public sealed record Reply(string Text, IReadOnlyList<ReplyFile> Files)
{
    /// <summary>The answer to a message that was already handled once: there is nothing more to send.</summary>
    public static readonly Reply AlreadyHandled = new("") { WasAlreadyHandled = true };

    public Reply(string text) : this(text, []) { }

    public IReadOnlyList<ReplyButton> Buttons { get; init; } = [];

    /// <summary>The entry the message added, if it added one.</summary>
    public int? EntryNumber { get; init; }

    public bool WasAlreadyHandled { get; init; }

    /// <summary>Set by a handler that found the command could mean more than one thing (a close customer
    /// name): the question is stored and asked instead of <see cref="Text"/>, and the handler must have
    /// changed nothing. Parsers return an <see cref="Parsing.Ask"/> command for the same.</summary>
    public Parsing.Ask? Asks { get; init; }

    public static implicit operator Reply(string text) => new(text);
}

public sealed record ReplyFile(string FileName, string MediaType, byte[] Content);

/// <summary>A button under a reply. Pressing it runs <paramref name="Action"/> as if it had been typed,
/// in the same chat and only on the same shop's book.</summary>
public sealed record ReplyButton(string Text, string Action);
