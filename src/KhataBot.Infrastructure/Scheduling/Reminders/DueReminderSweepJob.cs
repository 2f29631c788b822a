using Microsoft.Extensions.Logging;
using Quartz;

namespace KhataBot.Infrastructure.Scheduling.Reminders;

/// <summary>The recurring due reminder round. One at a time: a second one at once would find nothing
/// new (the reminder log sees to that) and only wait for the book.</summary>
[DisallowConcurrentExecution]
public sealed class DueReminderSweepJob(DueReminderSweep sweep, Recurring.RecurringEntriesRound recurring, ILogger<DueReminderSweepJob> logger) : IJob
{
    public static readonly JobKey Key = new("due-sweep", "reminders");

    public static RecurringJob Every(TimeSpan interval) => new(Key, typeof(DueReminderSweepJob), interval, "Due reminder round");

    public async Task Execute(IJobExecutionContext context)
    {
        // Recurring entries ride on this round (same interval, same catch-up after downtime); a plain service, so
        // moving it onto its own job later is this one line.
        var recurringBooked = await recurring.RunAsync(context.CancellationToken);
        if (recurringBooked > 0)
        {
            logger.LogInformation("Booked {Recurring} recurring entries", recurringBooked);
        }

        var result = await sweep.RunAsync(context.CancellationToken);
        if (result.Reminders > 0)
        {
            logger.LogInformation("Reminded {Shops} shops of {Reminders} dues", result.Shops, result.Reminders);
        }
    }
}
