using System.Collections.Concurrent;
using System.Globalization;

namespace KhataBot.Telegram.StandIn.Chats;

/// <summary>Callback query ids the stand-in issued, each answerable once.</summary>
internal sealed class CallbackRegistry
{
    // Telegram's ids are large decimal numbers; starting near a real one keeps ours looking the part.
    private const ulong FirstId = 4278655576057400000;

    private readonly ConcurrentDictionary<string, bool> _answered = new(StringComparer.Ordinal);
    private long _issued;

    public string Issue()
    {
        var id = (FirstId + (ulong)Interlocked.Increment(ref _issued)).ToString(CultureInfo.InvariantCulture);
        _answered[id] = false;
        return id;
    }

    /// <summary>False when the id was never issued or is already answered.</summary>
    public bool TryAnswer(string id) => _answered.TryUpdate(id, true, false);
}
