using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace KhataBot.Infrastructure.Charts.Rendering;

// One SafeHandle per kind of native object, so each is released exactly once even when a render throws.

/// <summary>An RsvgHandle, a GObject: released with g_object_unref.</summary>
internal sealed class RsvgHandle() : SafeHandleZeroOrMinusOneIsInvalid(ownsHandle: true)
{
    protected override bool ReleaseHandle()
    {
        Native.g_object_unref(handle);
        return true;
    }
}

/// <summary>A cairo_surface_t: released with cairo_surface_destroy.</summary>
internal sealed class CairoSurface() : SafeHandleZeroOrMinusOneIsInvalid(ownsHandle: true)
{
    protected override bool ReleaseHandle()
    {
        Native.cairo_surface_destroy(handle);
        return true;
    }
}

/// <summary>A cairo_t: released with cairo_destroy.</summary>
internal sealed class CairoContext() : SafeHandleZeroOrMinusOneIsInvalid(ownsHandle: true)
{
    protected override bool ReleaseHandle()
    {
        Native.cairo_destroy(handle);
        return true;
    }
}

/// <summary>A GError that a call filled in: released with g_error_free. Null (invalid) when the call succeeded.</summary>
internal sealed class GError() : SafeHandleZeroOrMinusOneIsInvalid(ownsHandle: true)
{
    /// <summary>The message field, after the 32-bit domain and code (struct _GError { GQuark domain; gint code; gchar *message; }).</summary>
    public string Message => IsInvalid ? "no error" : Marshal.PtrToStringUTF8(Marshal.ReadIntPtr(handle, 8)) ?? "";

    protected override bool ReleaseHandle()
    {
        Native.g_error_free(handle);
        return true;
    }
}
