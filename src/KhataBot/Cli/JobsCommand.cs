using KhataBot.Core.Jobs;
using KhataBot.Infrastructure;
using KhataBot.Infrastructure.Scheduling;

namespace KhataBot.Cli;

/// <summary>
/// <c>jobs</c> prints what Hangfire holds in the jobs file (ConnectionStrings:Jobs), from its monitoring API:
/// the recurring jobs with their next run, the scheduled ones, and the failing ones with their last error.
/// It only reads: it starts no server, so it never runs or fetches a job and is safe beside a running bot
/// (one bot process owns the jobs file; this is not a second one). A missing file is reported, not made.
/// </summary>
public static class JobsCommand
{
    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == "jobs";

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args[1..],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.AddKhataLogging();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // The book is registered (not opened) because the reminder round's services name it.
        builder.AddKhataData();
        builder.AddKhataScheduling();
        using var host = builder.Build();
        // On PostgreSQL the jobs are in the database; a SQLite jobs file may not be made yet.
        if (host.Services.GetService<JobsFile>() is { } file && !File.Exists(file.Path))
        {
            await output.WriteLineAsync($"No jobs file at {file.Path} (ConnectionStrings:Jobs): the bot has not run with it yet.");
            return 1;
        }

        var jobs = await host.Services.GetRequiredService<IJobsOverview>().ListAsync(CancellationToken.None);
        await output.WriteLineAsync(JobsText.For(jobs, host.Services.GetRequiredService<TimeProvider>().GetUtcNow()));
        return 0;
    }
}
