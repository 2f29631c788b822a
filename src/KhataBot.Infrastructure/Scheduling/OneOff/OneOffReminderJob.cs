using Hangfire;
using KhataBot.Core;
using KhataBot.Core.Reminders.OneOff;
using Microsoft.Extensions.Logging;

namespace KhataBot.Infrastructure.Scheduling.OneOff;

/// <summary>Sends one one-off reminder: one outbox row, through the book's one writer (docs/decisions/0006),
/// which commits the rows of every worker running at once together. A job that finds its reminder still
/// waiting also sends the others whose time has come (a burst for one minute goes out together; see
/// <see cref="OneOffReminderDelivery.DeliverDueAsync"/>), a few thousand a write, so each write is short.</summary>
[AutomaticRetry(Attempts = RetryPolicy.Attempts, DelaysInSeconds = [15, 60, 300, 1800, 7200], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
public sealed class OneOffReminderJob(KhataEngine engine, TimeProvider time, ILogger<OneOffReminderJob> logger)
{
    /// <summary>How many other due reminders one write sends: about a second of the writer.</summary>
    private const int BurstSize = 2_000;

    /// <summary>The shop is an argument only so `jobs` can show its owner the job; the key finds the reminder.</summary>
    public async Task SendAsync(long shopId, string reminderKey, CancellationToken cancellationToken)
    {
        var sent = false;
        var others = 0;
        var more = false;
        await engine.WriteAsync(async db =>
        {
            var now = time.GetUtcNow();
            sent = await OneOffReminderDelivery.DeliverAsync(db, reminderKey, now, cancellationToken);
            if (sent) (others, more) = await OneOffReminderDelivery.DeliverDueAsync(db, now, BurstSize, cancellationToken);
        }, cancellationToken);

        // A burst bigger than one write goes on in further writes, so chats' messages get the writer in between.
        while (more)
        {
            var burst = 0;
            await engine.WriteAsync(async db => (burst, more) = await OneOffReminderDelivery.DeliverDueAsync(db, time.GetUtcNow(), BurstSize, cancellationToken), cancellationToken);
            others += burst;
        }

        if (sent)
        {
            logger.LogInformation("Sent one-off reminder {Key} of shop {Shop} and {Others} others whose time had come", reminderKey, shopId, others);
        }
        else
        {
            logger.LogDebug("One-off reminder {Key} was cancelled, sent already, or never committed; nothing sent", reminderKey);
        }
    }
}
