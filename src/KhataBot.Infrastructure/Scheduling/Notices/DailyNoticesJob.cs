using Hangfire;
using Microsoft.Extensions.Logging;

namespace KhataBot.Infrastructure.Scheduling.Notices;

/// <summary>The recurring round of budget pace warnings and month summaries, on the due round's interval:
/// each shop still hears at its own reminder time, this only bounds how late after it. A round run twice
/// (a retry, a round that overlaps the next) sends nothing twice: the monthly notice log sees to that.</summary>
[AutomaticRetry(Attempts = RetryPolicy.Attempts, DelaysInSeconds = [15, 60, 300, 1800, 7200], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
public sealed class DailyNoticesJob(DailyNoticesRound round, ILogger<DailyNoticesJob> logger)
{
    public const string Id = "notices";

    public const string Description = "Budget pace and month summary round";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var sent = await round.RunAsync(cancellationToken);
        if (sent > 0)
        {
            logger.LogInformation("Sent {Messages} budget pace warnings and month summaries", sent);
        }
    }
}
