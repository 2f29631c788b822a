using Hangfire;
using KhataBot.Integration.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KhataBot.Integration.Tests.Scheduling;

/// <summary>`dotnet run -- jobs`: the real program reads the jobs file through Hangfire's monitoring API and
/// exits, while the bot that owns the file is still running; it makes no file that is not there.</summary>
public sealed class JobsCommandTests
{
    [Fact]
    public async Task The_jobs_command_lists_recurring_scheduled_and_failed_jobs_beside_the_running_bot_and_exits()
    {
        using var process = new KhataBotProcess();
        using var folder = new TempFolder();
        process.Environment["ConnectionStrings__Jobs"] = folder.JobsConnectionString;
        if (folder.Database.IsPostgres)
        {
            // The jobs are in the book's database on PostgreSQL: there is no file to be missing.
            process.Environment["ConnectionStrings__Khata"] = folder.BookConnectionString;
        }
        else
        {
            var (missingExit, missing, _) = await process.RunAsync("", "jobs");
            Assert.Equal(1, missingExit);
            Assert.StartsWith($"No jobs file at {folder.JobsPath}", missing);
            Assert.False(File.Exists(folder.JobsPath));
        }

        using var host = JobsHost.Build(folder, configure: services => services.AddSingleton<Runs>());
        await host.StartAsync();
        var failing = host.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<ThrowingJob>(j => j.RunAsync(CancellationToken.None));
        await Eventually.Get(() => Task.FromResult(host.Services.GetRequiredService<JobStorage>().GetMonitoringApi().FailedCount()), n => n == 1, TimeSpan.FromSeconds(15));

        var (exit, output, errors) = await process.RunAsync("", "jobs");

        Assert.Equal((0, ""), (exit, errors));
        Assert.StartsWith("Jobs (times in UTC):\nrecurring:due-sweep  Due reminder round (every 5 min)\n  next run: 20", output);
        Assert.Contains("\nrecurring:notices  Budget pace and month summary round (every 5 min)\n", output);
        // The test's job class is not in the program: listed as such, with its failure all the same.
        Assert.Contains($"\njob:{failing}  A job whose class is gone\n  next run: none\n  FAILED 2 times, last at ", output);
        Assert.Contains("\n  last error: InvalidOperationException: the book is locked", output);
        await host.StopAsync();
    }
}
