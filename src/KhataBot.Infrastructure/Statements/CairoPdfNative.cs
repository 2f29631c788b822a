using System.Runtime.InteropServices;
using KhataBot.Infrastructure.Charts.Rendering;

namespace KhataBot.Infrastructure.Statements;

/// <summary>cairo's PDF surface, on top of the librsvg and cairo calls the chart renderer already makes
/// (<see cref="Native"/>, whose SafeHandles these share).</summary>
internal static unsafe partial class CairoPdfNative
{
    /// <summary>cairo_pdf_metadata_t values.</summary>
    public const int MetadataTitle = 0;
    public const int MetadataAuthor = 1;
    public const int MetadataCreator = 4;

    /// <summary>A surface that hands the PDF's bytes to <paramref name="write"/> as they are produced; sizes in points.</summary>
    [LibraryImport(NativeLibraries.Cairo)]
    public static partial CairoSurface cairo_pdf_surface_create_for_stream(
        delegate* unmanaged[Cdecl]<nint, byte*, uint, int> write, nint closure, double widthInPoints, double heightInPoints);

    [LibraryImport(NativeLibraries.Cairo, StringMarshalling = StringMarshalling.Utf8)]
    public static partial void cairo_pdf_surface_set_metadata(CairoSurface surface, int metadata, string value);

    [LibraryImport(NativeLibraries.Cairo)]
    public static partial void cairo_show_page(CairoContext context);

    [LibraryImport(NativeLibraries.Cairo)]
    public static partial void cairo_surface_finish(CairoSurface surface);
}
