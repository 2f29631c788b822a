using System.Globalization;

namespace KhataBot.Benchmarks;

/// <summary>A process's garbage collections so far: how many of each generation (a gen 1 collection counts
/// as gen 0 too, as .NET counts them) and the time the process stood paused for them. Written as
/// "g0/g1/g2:Nms", so a benchmark's line shows whether a pause explains a slow figure.</summary>
internal readonly record struct GcFigures(int Gen0, int Gen1, int Gen2, double PausedMs)
{
    public static GcFigures Now() =>
        new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration().TotalMilliseconds);

    public static GcFigures operator -(GcFigures after, GcFigures before) =>
        new(after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2, after.PausedMs - before.PausedMs);

    public static GcFigures Parse(string text)
    {
        var (counts, paused) = (text[..text.IndexOf(':')], text[(text.IndexOf(':') + 1)..^"ms".Length]);
        var gens = counts.Split('/').Select(g => int.Parse(g, CultureInfo.InvariantCulture)).ToArray();
        return new GcFigures(gens[0], gens[1], gens[2], double.Parse(paused, CultureInfo.InvariantCulture));
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Gen0}/{Gen1}/{Gen2}:{PausedMs:F0}ms");
}
