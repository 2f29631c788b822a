namespace KhataBot.Core.Abstractions;

/// <summary>What the bot answers: text, and files for the transport to deliver (exports, charts).</summary>
public sealed record Reply(string Text, IReadOnlyList<ReplyFile> Files)
{
    public Reply(string text) : this(text, []) { }

    public static implicit operator Reply(string text) => new(text);
}

public sealed record ReplyFile(string FileName, string MediaType, byte[] Content);
