using SkiaSharp;

namespace KhataBot.Integration.Tests.Charts;

/// <summary>A decoded PNG and the counts the tests read from it: how many bars or slices of a colour can be seen.</summary>
internal sealed class ChartPixels : IDisposable
{
    private readonly SKBitmap _bitmap;

    public ChartPixels(byte[] png)
    {
        _bitmap = SKBitmap.Decode(png) ?? throw new InvalidOperationException("not a PNG Skia can decode");
    }

    public int Width => _bitmap.Width;

    public int Height => _bitmap.Height;

    public int Count(string hex) => Pixels().Count(p => p == SKColor.Parse(hex));

    public int DistinctColours => Pixels().Distinct().Count();

    /// <summary>The most separate runs of the colour along any one row: vertical bars standing on one axis all cross some row.</summary>
    public int MostRunsInARow(string hex) => Enumerable.Range(0, Height).Max(y => Runs(Enumerable.Range(0, Width).Select(x => _bitmap.GetPixel(x, y)), hex));

    /// <summary>The most separate runs of the colour down any one column, for horizontal bars.</summary>
    public int MostRunsInAColumn(string hex) => Enumerable.Range(0, Width).Max(x => Runs(Enumerable.Range(0, Height).Select(y => _bitmap.GetPixel(x, y)), hex));

    public int RunsInColumn(int x, string hex) => Runs(Enumerable.Range(0, Height).Select(y => _bitmap.GetPixel(x, y)), hex);

    public int FirstColumnWith(string hex)
    {
        var colour = SKColor.Parse(hex);
        return Enumerable.Range(0, Width).First(x => Enumerable.Range(0, Height).Any(y => _bitmap.GetPixel(x, y) == colour));
    }

    public void Dispose() => _bitmap.Dispose();

    /// <summary>Runs at least three pixels long, so an antialiased edge of another shape is not counted as a bar.</summary>
    private static int Runs(IEnumerable<SKColor> line, string hex)
    {
        var colour = SKColor.Parse(hex);
        int runs = 0, length = 0;
        foreach (var pixel in line.Append(SKColors.Transparent))
        {
            if (pixel == colour) { length++; continue; }
            if (length >= 3) runs++;
            length = 0;
        }

        return runs;
    }

    private IEnumerable<SKColor> Pixels() => _bitmap.Pixels;
}
