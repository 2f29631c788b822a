using Microsoft.Extensions.Options;

namespace KhataBot.Infrastructure.Instances;

/// <summary>
/// The instances seen lately on the database, as this one last read them (<see cref="InstanceHeartbeat"/>).
/// Each takes an equal share of Telegram's overall rate, and the chats are split among them by id, so one
/// instance paces each chat. Until the first read, this instance counts itself alone.
/// </summary>
public sealed class InstanceRoster(IOptions<InstanceOptions> options)
{
    private volatile string[] _names = [options.Value.Name];

    public string Me { get; } = options.Value.Name;

    /// <summary>How many instances share the work, this one included.</summary>
    public int Count => _names.Length;

    /// <summary>This instance's place among them (names in order): it sends to chats whose id falls there.</summary>
    public int Slot => Math.Max(0, Array.IndexOf(_names, Me));

    /// <summary>Whether this instance sends to the chat, by <see cref="Count"/> and <see cref="Slot"/>.</summary>
    public bool Owns(long chatId) => SlotOf(chatId, Count) == Slot;

    public static int SlotOf(long chatId, int count) => (int)(((chatId % count) + count) % count);

    /// <summary>This instance's part of a rate for the whole bot, rounded down so the parts never add up to more.</summary>
    public int Share(int total) => Math.Max(1, total / Count);

    internal void Update(IEnumerable<string> live) =>
        _names = [.. live.Append(Me).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    internal IReadOnlyList<string> Names => _names;
}
