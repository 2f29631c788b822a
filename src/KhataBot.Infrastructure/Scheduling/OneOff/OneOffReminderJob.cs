using KhataBot.Core;
using KhataBot.Core.Reminders.OneOff;
using Microsoft.Extensions.Logging;
using Quartz;

namespace KhataBot.Infrastructure.Scheduling.OneOff;

/// <summary>Sends one one-off reminder, through the book's one writer (docs/decisions/0006).</summary>
public sealed class OneOffReminderJob(KhataEngine engine, TimeProvider time, ILogger<OneOffReminderJob> logger) : IJob
{
    public const string ReminderKey = "reminderKey";

    public async Task Execute(IJobExecutionContext context)
    {
        var key = context.MergedJobDataMap.GetString(ReminderKey) ?? throw new InvalidOperationException("A one-off reminder job without its reminder's key.");
        var sent = false;
        await engine.WriteAsync(async db => sent = await OneOffReminderDelivery.DeliverAsync(db, key, time.GetUtcNow(), context.CancellationToken), context.CancellationToken);
        if (sent)
        {
            logger.LogInformation("Sent one-off reminder {Key}", key);
        }
        else
        {
            logger.LogDebug("One-off reminder {Key} was cancelled, sent already, or never committed; nothing sent", key);
        }
    }
}
