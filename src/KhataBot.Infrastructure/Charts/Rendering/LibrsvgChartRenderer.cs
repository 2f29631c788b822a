namespace KhataBot.Infrastructure.Charts.Rendering;

/// <summary>
/// Renders with librsvg onto a cairo image surface and encodes it with cairo's PNG writer. Each render
/// has its own handle, surface and context, so renders on different threads share nothing; every one is
/// released by its SafeHandle. See docs/decisions/0007-charts-as-svg-rendered-by-librsvg.md.
/// </summary>
public sealed unsafe class LibrsvgChartRenderer : IChartRenderer
{
    /// <summary>Larger than any chart needs; a guard against a 100,000-pixel-wide mistake allocating gigabytes.</summary>
    public const int MaxSide = 8192;

    /// <summary>Our SVG is in pixels; at 96 dpi librsvg maps one to one, whatever the machine's default.</summary>
    private const double Dpi = 96;

    private readonly Lazy<string?> problem = new(NativeLibraries.Problem);

    public bool IsAvailable => problem.Value is null;

    public string? UnavailableReason => problem.Value;

    public byte[] RenderPng(string svg, int width, int height)
    {
        ArgumentException.ThrowIfNullOrEmpty(svg);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, MaxSide);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, MaxSide);
        if (problem.Value is { } reason)
        {
            throw new ChartRenderingException($"Charts cannot be drawn here: {reason}");
        }

        using var handle = Load(svg);
        Native.rsvg_handle_set_dpi(handle, Dpi);

        using var surface = Native.cairo_image_surface_create(Native.CairoFormatArgb32, width, height);
        ThrowIfFailed(Native.cairo_surface_status(surface), "create a surface");
        using var context = Native.cairo_create(surface);
        ThrowIfFailed(Native.cairo_status(context), "create a context");

        // The surface starts transparent; Telegram shows transparency as black in some clients.
        Native.cairo_set_source_rgb(context, 1, 1, 1);
        Native.cairo_paint(context);

        var drawn = Native.rsvg_handle_render_document(handle, context, new RsvgRectangle(0, 0, width, height), out var error);
        using (error)
        {
            if (drawn == 0)
            {
                throw new ChartRenderingException($"librsvg could not draw the chart: {error.Message}");
            }
        }

        return PngSink.Write(surface);
    }

    private static RsvgHandle Load(string svg) =>
        RsvgDocument.Load(svg, reason => new ChartRenderingException($"librsvg could not read the chart: {reason}"));

    private static void ThrowIfFailed(int status, string what) =>
        RsvgDocument.ThrowIfFailed(status, what, message => new ChartRenderingException(message));
}
