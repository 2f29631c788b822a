using KhataBot.Core.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KhataBot.Core;

public static class DependencyInjection
{
    /// <summary>The engine, the audit trail, and every command handler and undoer in this assembly.</summary>
    public static IServiceCollection AddKhataCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<KhataEngine>();
        services.TryAddSingleton<IStartLinks, TypedStartLinks>();
        // Replaced by the PDF renderer where the host adds it; until then statements are refused politely.
        services.TryAddSingleton<Statements.IStatementDocument, Statements.NoStatementDocument>();
        // Text-only reports until a renderer is wired in (AddKhataCharts replaces this).
        services.TryAddSingleton<Reports.Pictures.IReportPictures, Reports.Pictures.NoReportPictures>();
        services.TryAddSingleton<Jobs.IJobsOverview, Jobs.NoJobs>();
        services.TryAddSingleton<Dashboard.IDashboardDoor, Dashboard.NoDashboardDoor>();
        services.TryAddSingleton<Reminders.OneOff.IOneOffReminders, Reminders.OneOff.NoOneOffReminders>();
        services.AddScoped<Audit.AuditTrail>();
        // Every command handler and undoer in this assembly, found once: a new feature needs no wiring here.
        foreach (var type in typeof(DependencyInjection).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            foreach (var service in type.GetInterfaces().Where(IsFeatureService))
            {
                services.AddScoped(service, type);
            }
        }

        return services;
    }

    private static bool IsFeatureService(Type service) =>
        service == typeof(Audit.IUndoer) || (service.IsGenericType && service.GetGenericTypeDefinition() == typeof(ICommandHandler<>));
}
