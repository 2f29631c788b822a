using KhataBot.Infrastructure.Charts.Rendering;

namespace KhataBot.Infrastructure.Statements;

/// <summary>
/// Whether this machine can draw statements with librsvg onto cairo's PDF surface (Debian librsvg2-2, which
/// brings cairo, Pango and HarfBuzz). Probed once, before the first statement, because a missing library
/// would otherwise surface as a DllNotFoundException in the middle of a reply.
/// </summary>
/// <param name="Problem">Why not, for the log; null when every library and function is there.</param>
internal sealed record CairoPdfSupport(string? Problem)
{
    private static readonly (string Library, string Function)[] Needed =
    [
        (NativeLibraries.Rsvg, "rsvg_handle_render_document"), // librsvg 2.46 and later
        (NativeLibraries.Cairo, "cairo_pdf_surface_set_metadata"), // cairo 1.16 and later, built with PDF
        (NativeLibraries.GObject, "g_object_unref"),
        (NativeLibraries.GLib, "g_error_free"),
    ];

    public static CairoPdfSupport Probe() => new(NativeLibraries.Problem(Needed, "to make PDF statements"));
}
