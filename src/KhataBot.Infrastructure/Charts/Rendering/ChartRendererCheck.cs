using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KhataBot.Infrastructure.Charts.Rendering;

/// <summary>Says at start-up when charts cannot be drawn, so a missing librsvg is found by whoever starts
/// the bot rather than by a shopkeeper wondering why reports have no pictures.</summary>
internal sealed class ChartRendererCheck(IChartRenderer renderer, ILogger<ChartRendererCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!renderer.IsAvailable)
        {
            logger.LogWarning("Charts are unavailable, reports will be text only: {Reason}", renderer.UnavailableReason);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
