using Hangfire;
using Microsoft.Extensions.Logging;

namespace KhataBot.Infrastructure.Scheduling.Recurring;

/// <summary>The recurring round that books rent, salaries and other repeating entries on their day, on the
/// due round's interval. Run twice (a retry beside the next round), it books each day once: the writer checks
/// the entry's next day again before booking.</summary>
[AutomaticRetry(Attempts = RetryPolicy.Attempts, DelaysInSeconds = [15, 60, 300, 1800, 7200], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
public sealed class RecurringEntriesJob(RecurringEntriesRound round, ILogger<RecurringEntriesJob> logger)
{
    public const string Id = "recurring-entries";

    public const string Description = "Recurring entries round";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var booked = await round.RunAsync(cancellationToken);
        if (booked > 0)
        {
            logger.LogInformation("Booked {Recurring} recurring entries", booked);
        }
    }
}
