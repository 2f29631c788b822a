using Hangfire;
using KhataBot.Core.Jobs;
using KhataBot.Core.Reminders.OneOff;
using KhataBot.Infrastructure.Scheduling.Notices;
using KhataBot.Infrastructure.Scheduling.OneOff;
using KhataBot.Infrastructure.Scheduling.Reminders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KhataBot.Infrastructure.Scheduling;

public static class SchedulingExtensions
{
    /// <summary>Durable jobs on Hangfire in their own SQLite file (ConnectionStrings:Jobs), or on PostgreSQL when the
    /// book is (Database:Provider; ConnectionStrings:Jobs, else the book's database), its server started
    /// with the host, the recurring due reminder round and the round of budget pace warnings and month
    /// summaries (both every Jobs:SweepInterval), and one-off reminders as delayed jobs.</summary>
    public static IHostApplicationBuilder AddKhataScheduling(this IHostApplicationBuilder builder)
    {
        // On PostgreSQL the jobs follow the book: its own schema in the book's database unless told otherwise.
        var provider = Data.DatabaseSettings.ProviderOf(builder.Configuration);
        var connectionString = builder.Configuration.GetConnectionString("Jobs")
            ?? (provider == Data.DatabaseProvider.Postgres ? builder.Configuration.GetConnectionString("Khata") : null)
            ?? JobsOptions.DefaultConnectionString;
        builder.Services.AddOptions<JobsOptions>()
            .BindConfiguration(JobsOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => RecurringSchedule.IsValid(o.SweepInterval), RecurringSchedule.Rule)
            .ValidateOnStart();
        builder.Services.AddKhataScheduling(connectionString, provider: provider);
        builder.Services.AddHostedService<SchedulerHost>();
        return builder;
    }

    /// <summary>The storage, Hangfire's client and our jobs without the hosted service that runs the server
    /// (the `jobs` command only reads; tests run the host).</summary>
    public static IServiceCollection AddKhataScheduling(this IServiceCollection services, string connectionString, Action<JobsOptions>? configure = null, Data.DatabaseProvider provider = Data.DatabaseProvider.Sqlite)
    {
        var options = services.AddOptions<JobsOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        // Registered before AddHangfire, which only adds its own (JobStorage.Current, process-wide) if none is.
        if (provider == Data.DatabaseProvider.Postgres)
        {
            services.AddSingleton<JobStorage>(sp =>
            {
                sp.GetRequiredService<IGlobalConfiguration>();
                return KhataPostgresJobStorage.Open(connectionString, sp.GetRequiredService<IOptions<JobsOptions>>().Value);
            });
        }
        else
        {
            services.AddSingleton(JobsFile.From(connectionString));
            services.AddSingleton<JobStorage>(sp =>
            {
                sp.GetRequiredService<IGlobalConfiguration>();
                return KhataJobStorage.Open(sp.GetRequiredService<JobsFile>(), sp.GetRequiredService<IOptions<JobsOptions>>().Value);
            });
        }

        // Job arguments are plain ids; type names without versions, so a new build still reads old jobs.
        services.AddHangfire((sp, config) => config
            .UseLogProvider(new HangfireLogging(sp.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddSingleton<IJobsOverview, HangfireJobsOverview>();
        services.AddScoped<DueReminderSweep>();
        services.AddScoped<DueReminderSweepJob>();
        services.AddScoped<Recurring.RecurringEntriesRound>();
        services.AddScoped<Recurring.RecurringEntriesJob>();
        services.AddScoped<DailyNoticesRound>();
        services.AddScoped<DailyNoticesJob>();
        services.AddSingleton<PaceChecks>();
        services.AddScoped<OneOffReminderJob>();
        services.AddSingleton<IOneOffReminders, HangfireOneOffReminders>();
        services.AddSingleton<OneOffCatchUp>();
        return services;
    }
}
