using KhataBot.Infrastructure.Charts.Rendering;

namespace KhataBot.Integration.Tests.Charts;

public sealed class NativeLibrariesTests
{
    [Fact]
    public void A_missing_library_is_named_instead_of_crashing()
    {
        var problem = NativeLibraries.Problem([("librsvg-9.so.9", "rsvg_handle_render_document")], "to draw charts");

        Assert.Equal("librsvg-9.so.9 could not be loaded; install librsvg2-2 (Debian) to draw charts", problem);
    }

    [Fact]
    public void A_library_too_old_for_a_function_is_named_with_the_function()
    {
        var problem = NativeLibraries.Problem([(NativeLibraries.Rsvg, "rsvg_handle_render_the_future")], "to draw charts");

        Assert.StartsWith("librsvg-2.so.2 has no rsvg_handle_render_the_future", problem);
    }

    [Fact]
    public void Everything_the_renderer_calls_is_present_here()
    {
        Assert.Null(NativeLibraries.Problem());
    }
}
