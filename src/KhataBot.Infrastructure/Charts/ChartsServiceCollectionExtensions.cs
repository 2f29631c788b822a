using KhataBot.Infrastructure.Charts.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KhataBot.Infrastructure.Charts;

public static class ChartsServiceCollectionExtensions
{
    /// <summary>The PNG renderer, one for the app: it holds no native state between renders.</summary>
    public static IServiceCollection AddKhataCharts(this IServiceCollection services)
    {
        services.TryAddSingleton<IChartRenderer, LibrsvgChartRenderer>();
        return services;
    }
}
