using System.Collections.Concurrent;

namespace KhataBot.Infrastructure.Scheduling.Notices;

/// <summary>
/// The reminder day each shop's budgets were last checked for pace. The pace is read from the whole days
/// before that day, so a second check the same day finds the same (only an expense written back into
/// an earlier day could change it), and the round, every few minutes, checks each shop once a day. Kept
/// in memory: after a restart each shop is checked once more, which the notice log makes harmless.
/// </summary>
public sealed class PaceChecks
{
    private readonly ConcurrentDictionary<long, DateOnly> _checked = new();

    public bool IsDone(long shopId, DateOnly day) => _checked.TryGetValue(shopId, out var last) && last >= day;

    public void Done(long shopId, DateOnly day) => _checked[shopId] = day;
}
