using KhataBot.Core.Abstractions;
using KhataBot.Infrastructure.Charts;
using KhataBot.Integration.Tests.Charts;
using KhataBot.Integration.Tests.Support;

namespace KhataBot.Integration.Tests.Reports;

/// <summary>Books wired like the app (ScottPlot charts), and what a picture in a reply must look like.</summary>
internal static class PictureBooks
{
    public static Task<TestBook> WithChartsAsync() => TestBook.CreateAsync(configure: services => services.AddKhataCharts());

    /// <summary>A PNG of 1200 × 800 that decodes, so Telegram shows it nearly unscaled.</summary>
    public static void AssertPng(ReplyFile file)
    {
        Assert.Equal(ChartPictures.PngMediaType, file.MediaType);
        Assert.EndsWith(".png", file.FileName);
        using var pixels = new ChartPixels(file.Content);
        Assert.Equal((1200, 800), (pixels.Width, pixels.Height));
    }
}
