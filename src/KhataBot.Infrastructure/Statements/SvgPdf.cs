using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using KhataBot.Infrastructure.Charts.Rendering;

namespace KhataBot.Infrastructure.Statements;

/// <summary>
/// Turns SVG pages into one PDF: librsvg draws each page onto a cairo PDF surface, so text goes through
/// Pango and HarfBuzz (Devanagari is shaped) and stays text, with the fonts embedded and a ToUnicode map.
/// Everything native lives in SafeHandles and is released even when a page fails.
/// </summary>
internal static unsafe class SvgPdf
{
    /// <summary>The metadata a PDF viewer shows in its title bar and document properties.</summary>
    public sealed record Properties(string Title, string Author);

    /// <param name="pages">SVG documents whose viewBox is the page in points.</param>
    public static byte[] Write(IReadOnlyList<string> pages, double widthInPoints, double heightInPoints, Properties properties)
    {
        var pdf = new MemoryStream(64 * 1024);
        // cairo writes through the callback until the surface is finished and destroyed, so the stream must
        // stay reachable from the closure until the surface's SafeHandle has run, hence the outer finally.
        var closure = GCHandle.Alloc(pdf);
        try
        {
            using (var surface = CairoPdfNative.cairo_pdf_surface_create_for_stream(&Append, GCHandle.ToIntPtr(closure), widthInPoints, heightInPoints))
            {
                ThrowIfFailed(Native.cairo_surface_status(surface), "create a PDF surface");
                CairoPdfNative.cairo_pdf_surface_set_metadata(surface, CairoPdfNative.MetadataTitle, properties.Title);
                CairoPdfNative.cairo_pdf_surface_set_metadata(surface, CairoPdfNative.MetadataAuthor, properties.Author);
                CairoPdfNative.cairo_pdf_surface_set_metadata(surface, CairoPdfNative.MetadataCreator, "KhataBot");
                using (var context = Native.cairo_create(surface))
                {
                    ThrowIfFailed(Native.cairo_status(context), "create a context");
                    var viewport = new RsvgRectangle(0, 0, widthInPoints, heightInPoints);
                    for (var i = 0; i < pages.Count; i++)
                    {
                        DrawPage(pages[i], context, viewport, i + 1);
                        CairoPdfNative.cairo_show_page(context);
                        ThrowIfFailed(Native.cairo_status(context), $"end page {i + 1}");
                    }
                }

                // Finishing writes the fonts, the page tree and the trailer; a failed write shows up here.
                CairoPdfNative.cairo_surface_finish(surface);
                ThrowIfFailed(Native.cairo_surface_status(surface), "finish the PDF");
            }
        }
        finally
        {
            closure.Free();
        }

        return pdf.ToArray();
    }

    private static void DrawPage(string svg, CairoContext context, in RsvgRectangle viewport, int number)
    {
        using var handle = Load(svg, number);
        var drawn = Native.rsvg_handle_render_document(handle, context, viewport, out var error);
        using (error)
        {
            if (drawn == 0)
            {
                throw new StatementRenderingException($"librsvg could not draw page {number}: {error.Message}");
            }
        }

        ThrowIfFailed(Native.cairo_status(context), $"draw page {number}");
    }

    private static RsvgHandle Load(string svg, int number) =>
        RsvgDocument.Load(svg, reason => new StatementRenderingException($"librsvg could not read page {number}: {reason}"));

    private static void ThrowIfFailed(int status, string what) =>
        RsvgDocument.ThrowIfFailed(status, what, message => new StatementRenderingException(message));

    /// <summary>cairo's write callback. A static [UnmanagedCallersOnly] function rather than a delegate, so there
    /// is no delegate the GC could collect while cairo still holds the pointer. It must not throw: an exception
    /// cannot cross back into cairo, so a failure becomes a cairo status that <see cref="Write"/> reports.</summary>
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static int Append(nint closure, byte* data, uint length)
    {
        try
        {
            var pdf = (MemoryStream)GCHandle.FromIntPtr(closure).Target!;
            pdf.Write(new ReadOnlySpan<byte>(data, checked((int)length)));
            return Native.CairoStatusSuccess;
        }
        catch (Exception)
        {
            return Native.CairoStatusWriteError;
        }
    }
}
