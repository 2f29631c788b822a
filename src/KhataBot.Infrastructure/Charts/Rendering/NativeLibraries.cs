using System.Runtime.InteropServices;

namespace KhataBot.Infrastructure.Charts.Rendering;

/// <summary>
/// The Debian libraries the renderer calls (packages librsvg2-2, which brings cairo and GLib, and
/// fonts-dejavu-core). Probed before the first call, because a missing library would otherwise surface
/// as a DllNotFoundException in the middle of a report.
/// </summary>
internal static class NativeLibraries
{
    public const string Rsvg = "librsvg-2.so.2";
    public const string Cairo = "libcairo.so.2";
    public const string GObject = "libgobject-2.0.so.0";
    public const string GLib = "libglib-2.0.so.0";

    /// <summary>Each library with a function that only a recent enough version has.</summary>
    private static readonly (string Library, string Function)[] Needed =
    [
        (Rsvg, "rsvg_handle_render_document"), // librsvg 2.46 and later
        (Cairo, "cairo_surface_write_to_png_stream"),
        (GObject, "g_object_unref"),
        (GLib, "g_error_free"),
    ];

    /// <summary>Why the renderer cannot run here, or null when every library and function it calls is present.</summary>
    public static string? Problem() => Problem(Needed, "to draw charts");

    /// <param name="purpose">What the libraries are for, as the end of the sentence: "to draw charts".</param>
    internal static string? Problem(IEnumerable<(string Library, string Function)> needed, string purpose)
    {
        foreach (var (library, function) in needed)
        {
            if (!NativeLibrary.TryLoad(library, out var handle))
            {
                return $"{library} could not be loaded; install librsvg2-2 (Debian) {purpose}";
            }

            if (!NativeLibrary.TryGetExport(handle, function, out _))
            {
                return $"{library} has no {function}; librsvg 2.46 and cairo 1.16 or later are needed {purpose}";
            }
        }

        return null;
    }
}
