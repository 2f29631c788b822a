using Microsoft.Extensions.Logging;
using Quartz;

namespace KhataBot.Infrastructure.Scheduling.Notices;

/// <summary>The recurring round of budget pace warnings and month summaries, on the due round's interval:
/// each shop still hears at its own reminder time, this only bounds how late after it.</summary>
[DisallowConcurrentExecution]
public sealed class DailyNoticesJob(DailyNoticesRound round, ILogger<DailyNoticesJob> logger) : IJob
{
    public static readonly JobKey Key = new("notices", "reminders");

    public static RecurringJob Every(TimeSpan interval) => new(Key, typeof(DailyNoticesJob), interval, "Budget pace and month summary round");

    public async Task Execute(IJobExecutionContext context)
    {
        var sent = await round.RunAsync(context.CancellationToken);
        if (sent > 0)
        {
            logger.LogInformation("Sent {Messages} budget pace warnings and month summaries", sent);
        }
    }
}
