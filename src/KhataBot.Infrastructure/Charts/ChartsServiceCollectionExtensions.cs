using KhataBot.Core.Reports.Pictures;
using KhataBot.Infrastructure.Charts.Reports;
using KhataBot.Infrastructure.Charts.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KhataBot.Infrastructure.Charts;

public static class ChartsServiceCollectionExtensions
{
    /// <summary>The PNG renderer, one for the app (it holds no native state between renders), report
    /// pictures drawn as SVG and rendered with it by the transports, and a start-up warning when it cannot draw.</summary>
    public static IServiceCollection AddKhataCharts(this IServiceCollection services)
    {
        services.TryAddSingleton<IChartRenderer, LibrsvgChartRenderer>();
        services.TryAddSingleton<SvgPictures>();
        // Replace, not TryAdd: AddKhataCore registers text-only pictures first, whatever the order here.
        services.Replace(ServiceDescriptor.Singleton<IReportPictures, ChartReportPictures>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, ChartRendererCheck>());
        return services;
    }
}
