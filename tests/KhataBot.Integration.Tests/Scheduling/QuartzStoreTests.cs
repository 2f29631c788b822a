using System.Text.Json;
using KhataBot.Infrastructure.Scheduling;
using Microsoft.Data.Sqlite;
using Quartz;

namespace KhataBot.Integration.Tests.Scheduling;

public sealed class QuartzStoreTests
{
    private static async Task<List<string>> ScalarsAsync(string connectionString, string sql)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetValue(0).ToString()!);
        }

        return values;
    }

    [Fact]
    public async Task The_schema_is_created_when_absent_and_left_alone_when_present()
    {
        using var folder = new TempFolder();

        await QuartzSchema.EnsureAsync(folder.JobsConnectionString, CancellationToken.None);
        await ScalarsAsync(folder.JobsConnectionString, "INSERT INTO QRTZ_LOCKS VALUES ('kept', 'TRIGGER_ACCESS')");
        await QuartzSchema.EnsureAsync(folder.JobsConnectionString, CancellationToken.None);

        var tables = await ScalarsAsync(folder.JobsConnectionString, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
        Assert.Equal(
            ["KHATA_JOB_FAILURES", "QRTZ_BLOB_TRIGGERS", "QRTZ_CALENDARS", "QRTZ_CRON_TRIGGERS", "QRTZ_FIRED_TRIGGERS", "QRTZ_JOB_DETAILS", "QRTZ_LOCKS",
             "QRTZ_PAUSED_TRIGGER_GRPS", "QRTZ_SCHEDULER_STATE", "QRTZ_SIMPLE_TRIGGERS", "QRTZ_SIMPROP_TRIGGERS", "QRTZ_TRIGGERS"],
            tables);
        Assert.Equal(["kept"], await ScalarsAsync(folder.JobsConnectionString, "SELECT SCHED_NAME FROM QRTZ_LOCKS"));
        Assert.Equal(["wal"], await ScalarsAsync(folder.JobsConnectionString, "PRAGMA journal_mode"));
    }

    [Fact]
    public async Task A_job_in_the_sqlite_store_really_fires_in_a_scope_of_its_own()
    {
        using var folder = new TempFolder();
        await using var scheduler = new TestScheduler(folder);
        var quartz = await scheduler.StartAsync();
        var run = scheduler.Signals.NextRunAsync(TimeSpan.FromSeconds(30));

        await quartz.ScheduleJob(
            JobBuilder.Create<SignalJob>().WithIdentity("signal", "tests").UsingJobData("shopId", "42").Build(),
            TriggerBuilder.Create().StartNow().Build());

        var context = await run;
        Assert.Equal(new JobKey("signal", "tests"), context.JobDetail.Key);
        Assert.Equal([(new JobKey("signal", "tests"), "42")], scheduler.Signals.Runs);
    }

    [Fact]
    public async Task A_job_scheduled_before_a_restart_fires_once_after_it()
    {
        using var folder = new TempFolder();
        string name;
        await using (var before = new TestScheduler(folder))
        {
            name = before.Name;
            var quartz = await before.QuartzAsync(); // made, never started: the bot stops before the time comes
            await quartz.ScheduleJob(
                JobBuilder.Create<SignalJob>().WithIdentity("later", "tests").Build(),
                TriggerBuilder.Create().StartAt(DateTimeOffset.UtcNow.AddSeconds(1)).WithSimpleSchedule(s => s.WithMisfireHandlingInstructionFireNow()).Build());
        }

        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await using var after = new TestScheduler(folder, name: name);
        var run = after.Signals.NextRunAsync(TimeSpan.FromSeconds(30));
        await after.StartAsync();

        Assert.Equal(new JobKey("later", "tests"), (await run).JobDetail.Key);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Single(after.Signals.Runs);
    }

    [Fact]
    public async Task Job_data_is_stored_as_a_json_object_of_strings()
    {
        using var folder = new TempFolder();
        await using var scheduler = new TestScheduler(folder);
        var quartz = await scheduler.QuartzAsync();

        await quartz.AddJob(JobBuilder.Create<SignalJob>().WithIdentity("data", "tests").StoreDurably()
            .UsingJobData("shopId", "42").UsingJobData("note", "₹500 रमेश").Build(), replace: false);

        var stored = await ScalarsAsync(folder.JobsConnectionString, "SELECT CAST(JOB_DATA AS TEXT) FROM QRTZ_JOB_DETAILS WHERE JOB_NAME = 'data'");
        var json = JsonSerializer.Deserialize<Dictionary<string, string>>(Assert.Single(stored));
        Assert.Equal(new Dictionary<string, string> { ["note"] = "₹500 रमेश", ["shopId"] = "42" }, json);
        var read = await quartz.GetJobDetail(new JobKey("data", "tests"));
        Assert.Equal("₹500 रमेश", read!.JobDataMap.GetString("note"));
    }

    [Fact]
    public void The_serializer_refuses_what_it_cannot_keep_as_strings() =>
        Assert.Throws<NotSupportedException>(() => new JsonObjectSerializer().Serialize(new Dictionary<string, object> { ["when"] = DateTime.UtcNow }));
}
