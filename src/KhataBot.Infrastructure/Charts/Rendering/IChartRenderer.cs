namespace KhataBot.Infrastructure.Charts.Rendering;

/// <summary>
/// Turns the chart layer's SVG into a PNG. Kept this small so another renderer (ScottPlot, once it can be
/// restored) can stand in. Callers check <see cref="IsAvailable"/> and fall back to text when it is false.
/// </summary>
public interface IChartRenderer
{
    bool IsAvailable { get; }

    /// <summary>Why charts cannot be drawn on this machine, for the start-up log and /healthz; null when they can.</summary>
    string? UnavailableReason { get; }

    /// <summary>The SVG drawn over a white background, fitted to <paramref name="width"/>×<paramref name="height"/> pixels.</summary>
    /// <exception cref="ChartRenderingException">The renderer is unavailable or refused the document.</exception>
    byte[] RenderPng(string svg, int width, int height);
}
