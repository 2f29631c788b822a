using KhataBot.Core.Reports.Pictures;
using KhataBot.Infrastructure.Charts.Reports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KhataBot.Infrastructure.Charts;

public static class ChartsServiceCollectionExtensions
{
    /// <summary>Report pictures as chart descriptions, drawn to PNG by the transports (<see cref="ChartPictures"/>).
    /// The bundled fonts are given to ScottPlot here, once, at start.</summary>
    public static IServiceCollection AddKhataCharts(this IServiceCollection services)
    {
        ChartFonts.Register();
        services.TryAddSingleton<ChartPictures>();
        // Replace, not TryAdd: AddKhataCore registers text-only pictures first, whatever the order here.
        services.Replace(ServiceDescriptor.Singleton<IReportPictures, ChartReportPictures>());
        return services;
    }
}
