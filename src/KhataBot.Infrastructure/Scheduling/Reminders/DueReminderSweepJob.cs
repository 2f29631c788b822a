using Hangfire;
using Microsoft.Extensions.Logging;

namespace KhataBot.Infrastructure.Scheduling.Reminders;

/// <summary>The recurring due reminder round. Two at once (a retry beside the next round) find nothing new
/// for each other: the reminder log sees to that, so no lock is taken.</summary>
[AutomaticRetry(Attempts = RetryPolicy.Attempts, DelaysInSeconds = [15, 60, 300, 1800, 7200], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
public sealed class DueReminderSweepJob(DueReminderSweep sweep, ILogger<DueReminderSweepJob> logger)
{
    public const string Id = "due-sweep";

    public const string Description = "Due reminder round";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var result = await sweep.RunAsync(cancellationToken);
        if (result.Reminders > 0)
        {
            logger.LogInformation("Reminded {Shops} shops of {Reminders} dues", result.Shops, result.Reminders);
        }
    }
}
