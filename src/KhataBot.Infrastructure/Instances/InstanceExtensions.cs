using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KhataBot.Infrastructure.Instances;

public static class InstanceExtensions
{
    /// <summary>This process's name among several on one database (Instance:Name), and who else is alive.</summary>
    public static IHostApplicationBuilder AddKhataInstance(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<InstanceOptions>()
            .BindConfiguration(InstanceOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Name) && o.Name.Length <= 100, "Instance:Name must be 1-100 characters.")
            .Validate(o => o.GoneAfter > o.HeartbeatInterval * 2, "Instance:GoneAfter must be more than two Instance:HeartbeatInterval.")
            .Validate(o => o.OutboxLease > o.HeartbeatInterval, "Instance:OutboxLease must be longer than Instance:HeartbeatInterval.")
            .ValidateOnStart();
        builder.Services.AddSingleton<InstanceRoster>();
        builder.Services.AddSingleton<InstanceHeartbeat>();
        return builder;
    }

    /// <summary>The name as configured, for what runs before the services exist (logging).</summary>
    public static string InstanceName(this IConfiguration configuration) =>
        configuration[$"{InstanceOptions.Section}:{nameof(InstanceOptions.Name)}"] is { Length: > 0 } name ? name : InstanceOptions.DefaultName();
}
