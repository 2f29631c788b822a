using System.ComponentModel.DataAnnotations;

namespace KhataBot.Infrastructure.Scheduling;

/// <summary>The "Jobs" settings. The jobs file is ConnectionStrings:Jobs. Why each default: docs/decisions/0015.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    public const string DefaultConnectionString = "Data Source=khatabot-jobs.db";

    /// <summary>How often the due reminder round (and the notices round) look at the book. Each shop still
    /// hears at its own reminder time; this only bounds how late after it. Written as a cron schedule, so it
    /// must divide a minute, an hour or a day evenly (see <see cref="RecurringSchedule"/>).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Jobs running at once. A job only writes an outbox row through the book's one writer
    /// (docs/decisions/0006), which commits what the workers bring together: more workers, bigger commits.</summary>
    [Range(1, 64)]
    public int WorkerCount { get; set; } = 20;

    /// <summary>How often an idle worker looks for an enqueued job (a read from the page cache, no write).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How often due delayed jobs are enqueued and recurring jobs started. Each look takes a lock,
    /// which is a write to the jobs file: this is what the disk sees when the bot is idle.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The Hangfire dashboard at /jobs on the host's own URL. On by default, for requests from
    /// this machine only.</summary>
    public bool Dashboard { get; set; } = true;

    /// <summary>Opens the dashboard to requests from elsewhere (Docker's port mapping makes every request
    /// non-local) that give this password (HTTP Basic, any user name). Unset: loopback only.</summary>
    public string? DashboardPassword { get; set; }
}
