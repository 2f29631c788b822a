using System.Reflection;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using KhataBot.Core.Reminders.OneOff;

namespace KhataBot.Infrastructure.Scheduling.OneOff;

/// <summary>
/// A one-off reminder as a delayed Hangfire job in the jobs file: it survives restarts, and one whose time
/// passed while the bot was down is enqueued as soon as the server is back, and runs once.
/// </summary>
public sealed class HangfireOneOffReminders(IBackgroundJobClient jobs) : IOneOffReminders
{
    /// <summary>The job is made from the method itself rather than from an expression, which Hangfire would
    /// take apart on every call: at start-up thousands of reminders may need a job at once.</summary>
    private static readonly MethodInfo Send = typeof(OneOffReminderJob).GetMethod(nameof(OneOffReminderJob.SendAsync))!;

    public bool IsAvailable => true;

    public Task<string> ScheduleAsync(OneOffReminder reminder, CancellationToken cancellationToken) =>
        Task.FromResult(jobs.Create(
            new Job(typeof(OneOffReminderJob), Send, reminder.ShopId, reminder.Key, CancellationToken.None),
            new ScheduledState(reminder.At.UtcDateTime)));

    public Task CancelAsync(OneOffReminder reminder, CancellationToken cancellationToken)
    {
        if (reminder.JobId is { } job)
        {
            jobs.Delete(job);
        }

        return Task.CompletedTask;
    }
}
