using Hangfire;
using Hangfire.States;
using KhataBot.Core;
using KhataBot.Core.Reminders.OneOff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KhataBot.Infrastructure.Scheduling.OneOff;

/// <summary>
/// At start, before the server runs: every pending one-off reminder in the book without a live job gets one,
/// at its time (or at once, if that has passed). The book is the truth. This brings over the reminders of a
/// shop that ran the Quartz version (no job ids; the old Quartz tables are neither read nor dropped), and
/// mends a cancel whose job was deleted but whose book transaction then rolled back, or a jobs file that
/// lost its last commits.
/// </summary>
public sealed class OneOffCatchUp(KhataEngine engine, IOneOffReminders scheduler, JobStorage storage, ILogger<OneOffCatchUp> logger)
{
    /// <summary>States in which the job will still run, or is kept for the operator to retry (failed).</summary>
    private static readonly HashSet<string> Live = new(StringComparer.OrdinalIgnoreCase)
    {
        ScheduledState.StateName, EnqueuedState.StateName, ProcessingState.StateName, AwaitingState.StateName, FailedState.StateName,
    };

    /// <summary>Reminders looked at per book write: a chat's message never waits behind thousands of them.</summary>
    public const int PerWrite = 500;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var scheduled = 0;
        var after = 0L;
        var more = true;
        while (more)
        {
            await engine.WriteAsync(async db =>
            {
                var pending = await db.OneOffReminders
                    .Where(r => r.Id > after && r.CancelledAt == null && r.SentAt == null)
                    .OrderBy(r => r.Id).Take(PerWrite).ToListAsync(cancellationToken);
                (more, after) = (pending.Count == PerWrite, pending.Count > 0 ? pending[^1].Id : after);
                using var connection = storage.GetConnection();
                // One at a time: the jobs file has one writer at a time anyway, and parallel calls measured
                // twice as slow (each waits on SQLite's lock with a sleeping busy handler).
                foreach (var reminder in pending.Where(r => !HasLiveJob(connection, r)))
                {
                    reminder.JobId = await scheduler.ScheduleAsync(reminder, cancellationToken);
                    scheduled++;
                }
            }, cancellationToken);
        }

        if (scheduled > 0)
        {
            logger.LogInformation("Gave {Count} pending one-off reminders a job (made by an older version, or their job was lost)", scheduled);
        }

        return scheduled;
    }

    /// <summary>The job must be this reminder's too: a jobs file replaced by a fresh one numbers its jobs from 1 again.</summary>
    private static bool HasLiveJob(Hangfire.Storage.IStorageConnection connection, OneOffReminder reminder) =>
        reminder.JobId is { } id && long.TryParse(id, out _)
        && connection.GetJobData(id) is { State: { } state, Job: { } job }
        && Live.Contains(state)
        && job.Args.Contains(reminder.Key);
}
