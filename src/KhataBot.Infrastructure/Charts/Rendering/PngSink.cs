using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace KhataBot.Infrastructure.Charts.Rendering;

/// <summary>
/// Collects the bytes cairo writes a PNG in. The callback is a static [UnmanagedCallersOnly] function, so
/// there is no delegate for the GC to collect mid-write; the buffer reaches it through a GCHandle.
/// </summary>
internal static unsafe class PngSink
{
    public static byte[] Write(CairoSurface surface)
    {
        var buffer = new MemoryStream(256 * 1024);
        var closure = GCHandle.Alloc(buffer);
        try
        {
            var status = Native.cairo_surface_write_to_png_stream(surface, &Append, GCHandle.ToIntPtr(closure));
            if (status != Native.CairoStatusSuccess)
            {
                throw new ChartRenderingException($"cairo could not write the PNG: {Native.StatusText(status)}");
            }
        }
        finally
        {
            closure.Free();
        }

        return buffer.ToArray();
    }

    /// <summary>Must not throw: an exception cannot cross back into cairo, so a failure becomes a cairo status.</summary>
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static int Append(nint closure, byte* data, uint length)
    {
        try
        {
            var buffer = (MemoryStream)GCHandle.FromIntPtr(closure).Target!;
            buffer.Write(new ReadOnlySpan<byte>(data, checked((int)length)));
            return Native.CairoStatusSuccess;
        }
        catch (Exception)
        {
            return Native.CairoStatusWriteError;
        }
    }
}
