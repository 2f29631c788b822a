using KhataBot.Core.Jobs;
using KhataBot.Infrastructure;
using KhataBot.Infrastructure.Scheduling;

namespace KhataBot.Cli;

/// <summary>
/// <c>jobs</c> prints what the scheduler holds (ConnectionStrings:Jobs): every job with its next run, and
/// the failing ones with their last error. It reads the store and exits; it never runs a job, so it is
/// safe beside a running bot.
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
        var jobs = await host.Services.GetRequiredService<IJobsOverview>().ListAsync(CancellationToken.None);
        await output.WriteLineAsync(JobsText.For(jobs, host.Services.GetRequiredService<TimeProvider>().GetUtcNow()));
        await host.Services.GetRequiredService<KhataScheduler>().ShutdownAsync(CancellationToken.None);
        return 0;
    }
}
