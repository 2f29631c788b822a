using System.Globalization;
using System.Text;
using KhataBot.Core.Jobs;

namespace KhataBot.Infrastructure.Scheduling;

/// <summary>The operator's view of the jobs (the `jobs` command): every job, in UTC, errors in full.</summary>
public static class JobsText
{
    public static string For(IReadOnlyList<JobSummary> jobs, DateTimeOffset now)
    {
        if (jobs.Count == 0)
        {
            return "No jobs in the store.";
        }

        var text = new StringBuilder("Jobs (times in UTC):");
        foreach (var job in jobs)
        {
            text.Append('\n').Append(job.Key).Append("  ").Append(job.Description);
            if (job.Repeats is { } repeats) text.Append(" (").Append(repeats).Append(')');
            text.Append("\n  next run: ").Append(job.NextRunAt is { } next ? Time(next) : "none");
            if (job.NextRunAt < now) text.Append(" (past: it runs as soon as the bot is up)");
            if (job.Failure is not { } failure) continue;
            text.Append("\n  FAILED ").Append(failure.Attempts).Append(failure.Attempts == 1 ? " time" : " times")
                .Append(", last at ").Append(Time(failure.LastFailedAt))
                .Append(failure.GaveUpAt is { } gaveUp ? $"; gave up at {Time(gaveUp)}" : failure.RetryAt is { } retry ? $"; retrying at {Time(retry)}" : "")
                .Append("\n  last error: ").Append(failure.LastError);
        }

        return text.ToString();
    }

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
