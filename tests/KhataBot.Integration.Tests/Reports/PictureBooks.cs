using System.Buffers.Binary;
using KhataBot.Core.Abstractions;
using KhataBot.Infrastructure.Charts;
using KhataBot.Infrastructure.Charts.Rendering;
using KhataBot.Integration.Tests.Charts;
using KhataBot.Integration.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KhataBot.Integration.Tests.Reports;

/// <summary>Books wired like the app (real librsvg charts), and what a picture in a reply must look like.</summary>
internal static class PictureBooks
{
    public static Task<TestBook> WithChartsAsync() => TestBook.CreateAsync(configure: services => services.AddKhataCharts());

    /// <summary>Charts wired in, but the renderer is missing (no librsvg on the machine) or fails.</summary>
    public static Task<TestBook> WithRendererAsync(IChartRenderer renderer) =>
        TestBook.CreateAsync(configure: services => services.AddSingleton(renderer).AddKhataCharts());

    /// <summary>A PNG, 1200 px wide as read from its IHDR header, so Telegram shows it nearly unscaled.</summary>
    public static void AssertPng(ReplyFile file)
    {
        Assert.Equal("image/png", file.MediaType);
        Assert.EndsWith(".png", file.FileName);
        Assert.Equal(PngImage.Signature, file.Content.AsSpan(0, 8).ToArray());
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(file.Content, 12, 4));
        Assert.Equal(1200, (int)BinaryPrimitives.ReadUInt32BigEndian(file.Content.AsSpan(16)));
    }
}

/// <summary>A renderer that is not there or breaks; our own edge, so a double is fair here.</summary>
internal sealed class BrokenRenderer(bool available) : IChartRenderer
{
    public int Calls { get; private set; }

    public bool IsAvailable => available;

    public string? UnavailableReason => available ? null : "librsvg-2.so.2 not found";

    public byte[] RenderPng(string svg, int width, int height)
    {
        Calls++;
        throw new ChartRenderingException("librsvg refused the document");
    }
}
