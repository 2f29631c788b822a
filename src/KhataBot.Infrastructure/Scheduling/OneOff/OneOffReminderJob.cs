using Hangfire;
using KhataBot.Core;
using KhataBot.Core.Reminders.OneOff;
using Microsoft.Extensions.Logging;

namespace KhataBot.Infrastructure.Scheduling.OneOff;

/// <summary>Sends one one-off reminder: one outbox row, through the book's one writer (docs/decisions/0006),
/// which commits the rows of every worker running at once together. Nothing else, so the job is short.</summary>
[AutomaticRetry(Attempts = RetryPolicy.Attempts, DelaysInSeconds = [15, 60, 300, 1800, 7200], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
public sealed class OneOffReminderJob(KhataEngine engine, TimeProvider time, ILogger<OneOffReminderJob> logger)
{
    /// <summary>The shop is an argument only so `jobs` can show its owner the job; the key finds the reminder.</summary>
    public async Task SendAsync(long shopId, string reminderKey, CancellationToken cancellationToken)
    {
        var sent = false;
        await engine.WriteAsync(async db => sent = await OneOffReminderDelivery.DeliverAsync(db, reminderKey, time.GetUtcNow(), cancellationToken), cancellationToken);
        if (sent)
        {
            logger.LogInformation("Sent one-off reminder {Key} of shop {Shop}", reminderKey, shopId);
        }
        else
        {
            logger.LogDebug("One-off reminder {Key} was cancelled, sent already, or never committed; nothing sent", reminderKey);
        }
    }
}
