namespace KhataBot.Infrastructure.Charts;

/// <summary>
/// An axis from <see cref="Min"/> to <see cref="Max"/> in steps of 1, 2 or 5 times a power of ten. It always
/// includes zero (a bar's length must mean its amount), and leaves a little room above the largest value
/// so a bar never touches the top and its label fits.
/// </summary>
public sealed record NiceScale(decimal Min, decimal Max, decimal Step)
{
    private const int MaxIntervals = 6;
    private const decimal Margin = 0.02m;

    public IReadOnlyList<decimal> Ticks =>
        [.. Enumerable.Range(0, Intervals + 1).Select(i => Min + i * Step)];

    public static NiceScale Covering(decimal dataMin, decimal dataMax)
    {
        var low = Math.Min(0m, dataMin);
        var high = Math.Max(0m, dataMax);
        if (low == high)
        {
            return new NiceScale(0m, 1m, 0.2m);
        }

        var room = (high - low) * Margin;
        if (high > 0) high += room;
        if (low < 0) low -= room;

        var step = FirstStep((high - low) / MaxIntervals);
        while (Math.Ceiling(high / step) - Math.Floor(low / step) > MaxIntervals)
        {
            step = NextStep(step);
        }

        return new NiceScale(Math.Floor(low / step) * step, Math.Ceiling(high / step) * step, step);
    }

    public int Intervals => (int)((Max - Min) / Step);

    /// <summary>A scale for a second axis whose ticks fall on the grid lines of <paramref name="grid"/>
    /// (same number of steps, both from zero), so the chart carries one grid, not two.</summary>
    public NiceScale AlignedWith(NiceScale grid)
    {
        if (Min != 0 || grid.Min != 0)
        {
            return this;
        }

        var step = Step;
        while (Math.Ceiling(Max / step) > grid.Intervals)
        {
            step = NextStep(step);
        }

        return new NiceScale(0, step * grid.Intervals, step);
    }

    /// <summary>Where a value falls between the ends: 0 at <see cref="Min"/>, 1 at <see cref="Max"/>.</summary>
    public double Fraction(decimal value) => (double)((value - Min) / (Max - Min));

    /// <summary>The largest power of ten at or below the raw step.</summary>
    private static decimal FirstStep(decimal raw)
    {
        var step = 1m;
        while (step > raw) step /= 10m;
        while (step * 10m <= raw) step *= 10m;
        return step;
    }

    /// <summary>1 → 2 → 5 → 10 → 20 …</summary>
    private static decimal NextStep(decimal step)
    {
        var power = 1m;
        while (power * 10m <= step) power *= 10m;
        while (power > step) power /= 10m;
        var leading = step / power;
        return leading < 2m ? 2m * power : leading < 5m ? 5m * power : 10m * power;
    }
}
