using KhataBot.Core.Jobs;
using KhataBot.Core.Reminders.OneOff;
using KhataBot.Infrastructure.Scheduling.Notices;
using KhataBot.Infrastructure.Scheduling.OneOff;
using KhataBot.Infrastructure.Scheduling.Reminders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KhataBot.Infrastructure.Scheduling;

public static class SchedulingExtensions
{
    /// <summary>Durable jobs on Quartz.NET in their own SQLite file (ConnectionStrings:Jobs), started with
    /// the host, the recurring due reminder round and the round of budget pace warnings and month summaries
    /// (both every Jobs:SweepInterval), and one-off reminders.</summary>
    public static IHostApplicationBuilder AddKhataScheduling(this IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("Jobs") ?? JobsOptions.DefaultConnectionString;
        builder.Services.AddOptions<JobsOptions>()
            .BindConfiguration(JobsOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddKhataScheduling(connectionString);
        builder.Services.AddHostedService<SchedulerHost>();
        return builder;
    }

    /// <summary>The scheduler and its jobs without the hosted service that runs them (the `jobs` command
    /// and tests drive it themselves).</summary>
    public static IServiceCollection AddKhataScheduling(this IServiceCollection services, string connectionString, Action<JobsOptions>? configure = null)
    {
        var options = services.AddOptions<JobsOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(new JobsDatabase(connectionString));
        services.AddSingleton<JobFailureStore>();
        services.AddSingleton<RetryFailedJobs>();
        services.AddSingleton<KhataScheduler>();
        services.AddSingleton<IJobsOverview, QuartzJobsOverview>();
        services.AddScoped<DueReminderSweep>();
        services.AddScoped<Recurring.RecurringEntriesRound>();
        services.AddSingleton(sp => DueReminderSweepJob.Every(sp.GetRequiredService<IOptions<JobsOptions>>().Value.SweepInterval));
        services.AddScoped<DailyNoticesRound>();
        services.AddSingleton<PaceChecks>();
        services.AddSingleton(sp => DailyNoticesJob.Every(sp.GetRequiredService<IOptions<JobsOptions>>().Value.SweepInterval));
        services.AddSingleton<IOneOffReminders, QuartzOneOffReminders>();
        return services;
    }
}
