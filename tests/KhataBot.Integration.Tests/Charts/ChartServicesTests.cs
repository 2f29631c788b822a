using KhataBot.Infrastructure.Charts;
using KhataBot.Infrastructure.Charts.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace KhataBot.Integration.Tests.Charts;

public sealed class ChartServicesTests
{
    [Fact]
    public void The_app_gets_one_librsvg_renderer()
    {
        using var services = new ServiceCollection().AddKhataCharts().AddKhataCharts().BuildServiceProvider();

        var renderer = services.GetRequiredService<IChartRenderer>();

        Assert.IsType<LibrsvgChartRenderer>(renderer);
        Assert.Same(renderer, services.GetRequiredService<IChartRenderer>());
        Assert.Single(services.GetServices<IChartRenderer>());
    }
}
