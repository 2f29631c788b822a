using System.Globalization;
using KhataBot.Core.Reminders.OneOff;
using Quartz;

namespace KhataBot.Infrastructure.Scheduling.OneOff;

/// <summary>
/// A one-off reminder as a job with one trigger in the Quartz store: it survives restarts, and a trigger
/// missed while the bot was down fires once when it is back (misfire: fire now). The job is not durable,
/// so Quartz removes it once its trigger is done (unless a retry is waiting for it).
/// </summary>
public sealed class QuartzOneOffReminders(KhataScheduler scheduler) : IOneOffReminders
{
    public const string Group = "one-off-reminders";

    public bool IsAvailable => true;

    public async Task ScheduleAsync(OneOffReminder reminder, CancellationToken cancellationToken)
    {
        var quartz = await scheduler.GetAsync(cancellationToken);
        var job = JobBuilder.Create<OneOffReminderJob>()
            .WithIdentity(reminder.Key, Group)
            .WithDescription("One-off reminder")
            .UsingJobData(JobData.ShopId, reminder.ShopId.ToString(CultureInfo.InvariantCulture))
            .UsingJobData(OneOffReminderJob.ReminderKey, reminder.Key)
            .Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(reminder.Key, Group)
            .ForJob(job)
            .StartAt(reminder.At)
            .WithSimpleSchedule(s => s.WithMisfireHandlingInstructionFireNow())
            .Build();
        // Replacing: undoing a cancel puts the same reminder in again, whether or not its trigger is still there.
        await quartz.ScheduleJob(job, [trigger], replace: true, cancellationToken);
    }
}
