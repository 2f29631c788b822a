namespace KhataBot.Core;

/// <summary>How the book's one writer copes with a database it cannot write (settings section "Book").</summary>
public sealed class BookOptions
{
    /// <summary>How long a failed commit is tried again (another process holding SQLite's lock, a full disk)
    /// before its messages are answered "Not saved".</summary>
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromMinutes(5);
}
