using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace KhataBot.Benchmarks;

/// <summary>
/// The least a program can do to turn SVG into PNG with librsvg and cairo: raw pointers, no SafeHandles,
/// no checks, bytes appended to one reused buffer. The yardstick for the real renderer's overhead.
/// </summary>
internal static unsafe partial class BareRender
{
    private static readonly MemoryStream Output = new(512 * 1024);

    public static int Png(string svg, int width, int height)
    {
        var bytes = Encoding.UTF8.GetBytes(svg);
        nint handle;
        fixed (byte* data = bytes) handle = rsvg_handle_new_from_data(data, (nuint)bytes.Length, 0);
        rsvg_handle_set_dpi(handle, 96);
        var surface = cairo_image_surface_create(0, width, height);
        var context = cairo_create(surface);
        cairo_set_source_rgb(context, 1, 1, 1);
        cairo_paint(context);
        var viewport = stackalloc double[] { 0, 0, width, height };
        rsvg_handle_render_document(handle, context, viewport, 0);
        Output.SetLength(0);
        cairo_surface_write_to_png_stream(surface, &Append, 0);
        cairo_destroy(context);
        cairo_surface_destroy(surface);
        g_object_unref(handle);
        return (int)Output.Length;
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static int Append(nint closure, byte* data, uint length)
    {
        Output.Write(new ReadOnlySpan<byte>(data, (int)length));
        return 0;
    }

    [LibraryImport("librsvg-2.so.2")]
    private static partial nint rsvg_handle_new_from_data(byte* data, nuint length, nint error);

    [LibraryImport("librsvg-2.so.2")]
    private static partial void rsvg_handle_set_dpi(nint handle, double dpi);

    [LibraryImport("librsvg-2.so.2")]
    private static partial int rsvg_handle_render_document(nint handle, nint context, double* viewport, nint error);

    [LibraryImport("libcairo.so.2")]
    private static partial nint cairo_image_surface_create(int format, int width, int height);

    [LibraryImport("libcairo.so.2")]
    private static partial nint cairo_create(nint surface);

    [LibraryImport("libcairo.so.2")]
    private static partial void cairo_set_source_rgb(nint context, double red, double green, double blue);

    [LibraryImport("libcairo.so.2")]
    private static partial void cairo_paint(nint context);

    [LibraryImport("libcairo.so.2")]
    private static partial int cairo_surface_write_to_png_stream(nint surface, delegate* unmanaged[Cdecl]<nint, byte*, uint, int> write, nint closure);

    [LibraryImport("libcairo.so.2")]
    private static partial void cairo_destroy(nint context);

    [LibraryImport("libcairo.so.2")]
    private static partial void cairo_surface_destroy(nint surface);

    [LibraryImport("libgobject-2.0.so.0")]
    private static partial void g_object_unref(nint instance);
}
