using System.Collections.Specialized;
using System.Globalization;

namespace KhataBot.Infrastructure.Scheduling;

/// <summary>
/// Quartz's own configuration, as StdSchedulerFactory reads it (the DI extension package cannot be restored
/// here): AdoJobStore on SQLite through Microsoft.Data.Sqlite, job data kept as strings and written by our
/// System.Text.Json serializer.
/// </summary>
internal static class QuartzSettings
{
    public static NameValueCollection For(JobsDatabase database, JobsOptions options)
    {
        // Quartz registers data sources by name for the whole process, as it does schedulers; named after
        // the scheduler, two schedulers in one process (tests) never read each other's store.
        var dataSource = "jobs_" + new string(options.SchedulerName.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());
        return Settings(database, options, dataSource);
    }

    private static NameValueCollection Settings(JobsDatabase database, JobsOptions options, string dataSource) => new()
    {
        ["quartz.scheduler.instanceName"] = options.SchedulerName,
        ["quartz.scheduler.instanceId"] = "NON_CLUSTERED",
        ["quartz.scheduler.idleWaitTime"] = ((long)options.IdleWaitTime.TotalMilliseconds).ToString(CultureInfo.InvariantCulture),
        ["quartz.threadPool.maxConcurrency"] = options.MaxConcurrency.ToString(CultureInfo.InvariantCulture),
        ["quartz.jobStore.type"] = "Quartz.Impl.AdoJobStore.JobStoreTX, Quartz",
        ["quartz.jobStore.driverDelegateType"] = "Quartz.Impl.AdoJobStore.SQLiteDelegate, Quartz",
        ["quartz.jobStore.dataSource"] = dataSource,
        ["quartz.jobStore.tablePrefix"] = "QRTZ_",
        // Strings only: what a job needs (a shop id, an entry number) is stored readably and survives
        // a change of the job's classes, which binary-serialized objects would not.
        ["quartz.jobStore.useProperties"] = "true",
        // A trigger later than this (the bot was down) follows its misfire instruction.
        ["quartz.jobStore.misfireThreshold"] = ((long)options.MisfireThreshold.TotalMilliseconds).ToString(CultureInfo.InvariantCulture),
        ["quartz.jobStore.performSchemaValidation"] = "true",
        [$"quartz.dataSource.{dataSource}.provider"] = "SQLite-Microsoft",
        [$"quartz.dataSource.{dataSource}.connectionString"] = database.ConnectionString,
        ["quartz.serializer.type"] = typeof(JsonObjectSerializer).AssemblyQualifiedName,
    };
}
