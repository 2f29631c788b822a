using System.Buffers;
using System.Text;

namespace KhataBot.Infrastructure.Charts.Rendering;

/// <summary>What the chart renderer and the statement writer both do with librsvg and cairo: load an SVG
/// document, and turn a cairo status into an exception of the caller's kind.</summary>
internal static unsafe class RsvgDocument
{
    /// <summary>librsvg copies and parses the document before returning, so the UTF-8 bytes can go back to the pool.</summary>
    /// <param name="unreadable">The caller's exception, given librsvg's reason.</param>
    public static RsvgHandle Load(string svg, Func<string, Exception> unreadable)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(svg.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(svg, bytes);
            fixed (byte* data = bytes)
            {
                var handle = Native.rsvg_handle_new_from_data(data, (nuint)length, out var error);
                using (error)
                {
                    if (handle.IsInvalid)
                    {
                        handle.Dispose();
                        throw unreadable(error.Message);
                    }
                }

                return handle;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <param name="failed">The caller's exception, given "cairo could not {what}: {reason}".</param>
    public static void ThrowIfFailed(int status, string what, Func<string, Exception> failed)
    {
        if (status != Native.CairoStatusSuccess)
        {
            throw failed($"cairo could not {what}: {Native.StatusText(status)}");
        }
    }
}
