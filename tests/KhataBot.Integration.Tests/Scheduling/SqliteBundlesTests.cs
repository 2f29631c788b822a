using KhataBot.Integration.Tests.Support;
using Hangfire;
using KhataBot.Core.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KhataBot.Integration.Tests.Scheduling;

/// <summary>Hangfire's SQLite storage (sqlite-net, SQLitePCLRaw 2.1's bundle) and EF Core (SQLitePCLRaw 3.0)
/// in one process: one SQLitePCLRaw.core is loaded, and both open, write and read their files.</summary>
public sealed class SqliteBundlesTests
{
    [SqliteOnlyFact("the SQLite jobs file and SQLite's native bundles")]
    public async Task The_book_and_the_jobs_file_work_side_by_side_on_one_SQLitePCLRaw_core()
    {
        using var folder = new TempFolder();
        using var host = JobsHost.Build(folder);
        await host.StartAsync();

        Assert.StartsWith("New customer Ramesh.", await JobsHost.SayAsync(host, 5, "add Ramesh 500 groceries"));
        var jobs = await host.Services.GetRequiredService<IJobsOverview>().ListAsync(CancellationToken.None);

        Assert.Equal(3, jobs.Count(j => j.Repeats is not null));
        Assert.Equal(1, await JobsHost.QueryAsync(host, db => db.Customers.CountAsync()));
        var core = Assert.Single(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name == "SQLitePCLRaw.core");
        Assert.Equal(3, core.GetName().Version!.Major);
        Assert.True(File.Exists(folder.JobsPath));
        await host.StopAsync();
    }
}
