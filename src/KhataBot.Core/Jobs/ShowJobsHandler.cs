using System.Globalization;
using System.Text;
using KhataBot.Core.Abstractions;
using KhataBot.Core.Parsing;
using KhataBot.Core.Shops;

namespace KhataBot.Core.Jobs;

/// <summary>
/// "jobs" (owner only): what the scheduler will run for this shop and for the whole bot, and what is failing.
/// The error text of a job of the whole bot can name other shops' data, so the chat only says that it is
/// failing; the operator reads the errors with the `jobs` command on the server.
/// </summary>
internal sealed class ShowJobsHandler(IJobsOverview jobs) : ICommandHandler<ShowJobs>
{
    public async Task<Reply> HandleAsync(ShowJobs command, CommandContext context, CancellationToken cancellationToken)
    {
        var visible = (await jobs.ListAsync(cancellationToken)).Where(j => j.ShopId is null || j.ShopId == context.Shop.Id).ToList();
        if (visible.Count == 0)
        {
            return "No jobs are scheduled.";
        }

        var zone = ShopClock.ZoneOf(context.Shop);
        var text = new StringBuilder("Jobs:");
        foreach (var job in visible)
        {
            text.Append("\n• ").Append(job.Description);
            if (job.Repeats is { } repeats) text.Append(" (").Append(repeats).Append(')');
            if (job.NextRunAt is { } next) text.Append(": next ").Append(When(next, zone));
            if (job.Failure is { } failure) text.Append("\n  ").Append(Failing(job, failure, zone));
        }

        return text.ToString();
    }

    private static string Failing(JobSummary job, JobFailure failure, TimeZoneInfo zone)
    {
        var attempts = $"failed {failure.Attempts} {(failure.Attempts == 1 ? "time" : "times")}, last at {When(failure.LastFailedAt, zone)}";
        var state = failure.GaveUpAt is not null ? "given up" : failure.RetryAt is { } retry ? $"retrying {When(retry, zone)}" : "retrying";
        var why = job.ShopId is null ? "the bot's operator can see why" : failure.LastError;
        return $"⚠ {attempts}; {state}; {why}";
    }

    private static string When(DateTimeOffset at, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        return $"{local.ToString("d MMM, h:mm", CultureInfo.InvariantCulture)} {(local.Hour < 12 ? "am" : "pm")}";
    }
}
