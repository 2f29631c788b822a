using System.ComponentModel.DataAnnotations;

namespace KhataBot.Infrastructure.Scheduling;

/// <summary>The "Jobs" settings. The store's file is ConnectionStrings:Jobs.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    public const string DefaultConnectionString = "Data Source=khatabot-jobs.db";

    /// <summary>How often the due reminder round looks at the book. Each shop still hears at its own
    /// reminder time; this only bounds how late after it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Quartz files every row under this name, so it must stay the same for the same store; and it
    /// keeps schedulers by name for the whole process, so two in one process need two names.</summary>
    [Required]
    public string SchedulerName { get; set; } = "KhataBot";

    /// <summary>How long the scheduler sleeps when nothing is due before it looks at the store again. A job
    /// scheduled in this process wakes it at once; one added from elsewhere waits at most this long.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan IdleWaitTime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How late a trigger may be (the bot was down or busy) before it counts as missed and follows its
    /// misfire instruction: a one-off reminder then fires at once, a recurring round runs once and keeps its interval.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Jobs running at once. The book has one writer (docs/decisions/0006), so more buys little.</summary>
    [Range(1, 16)]
    public int MaxConcurrency { get; set; } = 2;
}
