using KhataBot.Core.Abstractions;
using KhataBot.Core.Jobs;
using KhataBot.Core.Parsing;
using KhataBot.Core.Shops;

namespace KhataBot.Core.Tests.Jobs;

public class ShowJobsHandlerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero); // 15:30 in India

    private sealed class Jobs(params JobSummary[] jobs) : IJobsOverview
    {
        public Task<IReadOnlyList<JobSummary>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<JobSummary>>(jobs);
    }

    private static async Task<string> ShowAsync(params JobSummary[] jobs)
    {
        var context = new CommandContext(new Shop { Id = 5 }, "Owner", new DateOnly(2026, 11, 21), Now);
        return (await new ShowJobsHandler(new Jobs(jobs)).HandleAsync(new ShowJobs(), context, CancellationToken.None)).Text;
    }

    [Fact]
    public async Task The_owner_sees_the_bots_jobs_and_the_shops_own_in_the_shops_time_but_not_other_shops()
    {
        var text = await ShowAsync(
            new JobSummary("reminders.due-sweep", "Due reminder round") { NextRunAt = Now.AddMinutes(5), Repeats = "every 5 min" },
            new JobSummary("reminders.one-off-5", "Remind Ramesh") { NextRunAt = Now.AddDays(1), ShopId = 5 },
            new JobSummary("reminders.one-off-6", "Remind Suresh") { NextRunAt = Now.AddDays(1), ShopId = 6 });

        Assert.Equal("""
            Jobs:
            • Due reminder round (every 5 min): next 21 Nov, 3:35 pm
            • Remind Ramesh: next 22 Nov, 3:30 pm
            """, text);
    }

    [Fact]
    public async Task A_failing_job_of_the_shop_shows_its_error_but_one_of_the_whole_bot_does_not()
    {
        var text = await ShowAsync(
            new JobSummary("reminders.due-sweep", "Due reminder round")
            {
                NextRunAt = Now.AddMinutes(1),
                Failure = new JobFailure(2, "SqliteException: disk I/O error near Suresh's row", Now) { RetryAt = Now.AddMinutes(1) },
            },
            new JobSummary("reminders.one-off-5", "Remind Ramesh") { ShopId = 5, Failure = new JobFailure(6, "HttpRequestException: timed out", Now) { GaveUpAt = Now } });

        Assert.Equal("""
            Jobs:
            • Due reminder round: next 21 Nov, 3:31 pm
              ⚠ failed 2 times, last at 21 Nov, 3:30 pm; retrying 21 Nov, 3:31 pm; the bot's operator can see why
            • Remind Ramesh
              ⚠ failed 6 times, last at 21 Nov, 3:30 pm; given up; HttpRequestException: timed out
            """, text);
    }

    [Fact]
    public async Task Nothing_scheduled_says_so() =>
        Assert.Equal("No jobs are scheduled.", await ShowAsync());
}
