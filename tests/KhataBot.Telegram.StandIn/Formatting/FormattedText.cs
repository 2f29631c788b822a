namespace KhataBot.Telegram.StandIn.Formatting;

/// <summary>Text after entity parsing: what the user sees, and the formatting laid over it.</summary>
internal sealed record FormattedText(string Text, IReadOnlyList<TextEntity> Entities)
{
    public static readonly FormattedText Empty = new("", []);

    /// <summary>Telegram's limits count UTF-16 code units, like its entity offsets.</summary>
    public int Length => Text.Length;

    public bool SameAs(FormattedText other) => Text == other.Text && Entities.SequenceEqual(other.Entities);
}
