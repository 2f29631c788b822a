using Hangfire;
using KhataBot.Core.Reminders.OneOff;

namespace KhataBot.Infrastructure.Scheduling.OneOff;

/// <summary>
/// A one-off reminder as a delayed Hangfire job in the jobs file: it survives restarts, and one whose time
/// passed while the bot was down is enqueued as soon as the server is back, and runs once.
/// </summary>
public sealed class HangfireOneOffReminders(IBackgroundJobClient jobs) : IOneOffReminders
{
    public bool IsAvailable => true;

    public Task<string> ScheduleAsync(OneOffReminder reminder, CancellationToken cancellationToken) =>
        Task.FromResult(jobs.Schedule<OneOffReminderJob>(j => j.SendAsync(reminder.ShopId, reminder.Key, CancellationToken.None), reminder.At));

    public Task CancelAsync(OneOffReminder reminder, CancellationToken cancellationToken)
    {
        if (reminder.JobId is { } job)
        {
            jobs.Delete(job);
        }

        return Task.CompletedTask;
    }
}
