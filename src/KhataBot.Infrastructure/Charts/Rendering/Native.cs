using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace KhataBot.Infrastructure.Charts.Rendering;

/// <summary>The C functions the renderer calls, source-generated so no marshalling stubs are built at run time.</summary>
internal static unsafe partial class Native
{
    public const int CairoFormatArgb32 = 0;
    public const int CairoStatusSuccess = 0;
    public const int CairoStatusWriteError = 11;

    [LibraryImport(NativeLibraries.Rsvg)]
    public static partial RsvgHandle rsvg_handle_new_from_data(byte* data, nuint length, out GError error);

    [LibraryImport(NativeLibraries.Rsvg)]
    public static partial void rsvg_handle_set_dpi(RsvgHandle handle, double dpi);

    [LibraryImport(NativeLibraries.Rsvg)]
    public static partial int rsvg_handle_render_document(RsvgHandle handle, CairoContext context, in RsvgRectangle viewport, out GError error);

    [LibraryImport(NativeLibraries.Cairo)]
    public static partial CairoSurface cairo_image_surface_create(int format, int width, int height);

    [LibraryImport(NativeLibraries.Cairo)]
    public static partial int cairo_surface_status(CairoSurface surface);

    [LibraryImport(NativeLibraries.Cairo)]
    public static partial CairoContext cairo_create(CairoSurface surface);

    [LibraryImport(NativeLibraries.Cairo)]
    public static partial int cairo_status(CairoContext context);

    [LibraryImport(NativeLibraries.Cairo)]
    public static partial void cairo_set_source_rgb(CairoContext context, double red, double green, double blue);

    [LibraryImport(NativeLibraries.Cairo)]
    public static partial void cairo_paint(CairoContext context);

    [LibraryImport(NativeLibraries.Cairo)]
    public static partial int cairo_surface_write_to_png_stream(CairoSurface surface, delegate* unmanaged[Cdecl]<nint, byte*, uint, int> write, nint closure);

    [LibraryImport(NativeLibraries.Cairo)]
    public static partial nint cairo_status_to_string(int status);

    [LibraryImport(NativeLibraries.Cairo)]
    public static partial void cairo_surface_destroy(nint surface);

    [LibraryImport(NativeLibraries.Cairo)]
    public static partial void cairo_destroy(nint context);

    [LibraryImport(NativeLibraries.GObject)]
    public static partial void g_object_unref(nint instance);

    [LibraryImport(NativeLibraries.GLib)]
    public static partial void g_error_free(nint error);

    public static string StatusText(int status) => Marshal.PtrToStringUTF8(cairo_status_to_string(status)) ?? $"cairo status {status}";
}

/// <summary>The viewport rsvg_handle_render_document fits the document into, in pixels.</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly record struct RsvgRectangle(double X, double Y, double Width, double Height);
