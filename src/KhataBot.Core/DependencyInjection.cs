using KhataBot.Core.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KhataBot.Core;

public static class DependencyInjection
{
    /// <summary>The engine and every command handler in this assembly.</summary>
    public static IServiceCollection AddKhataCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<KhataEngine>();
        services.AddScoped<Audit.AuditTrail>();
        foreach (var undoer in typeof(DependencyInjection).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(Audit.IUndoer).IsAssignableFrom(t)))
        {
            services.AddScoped(typeof(Audit.IUndoer), undoer);
        }

        var handlers = typeof(DependencyInjection).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false })
            .SelectMany(t => t.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommandHandler<>))
                .Select(i => (Service: i, Implementation: t)));
        foreach (var (service, implementation) in handlers)
        {
            services.AddScoped(service, implementation);
        }

        return services;
    }
}
