namespace KhataBot.Infrastructure.Charts;

/// <summary>
/// How the x labels are written so that no two overlap: all of them level when they fit; for dates every
/// <see cref="Step"/>th one (a reader fills in the days between); for names all of them, shortened and
/// tilted by 45°, and thinned only when even tilted lines would touch.
/// </summary>
internal sealed record XLabelPlan(IReadOnlyList<string> Texts, int Step, bool Tilted, double Height)
{
    public const double MaxNameWidth = 170;
    private const double Gap = 14;
    private static readonly double Sin45 = Math.Sqrt(0.5);

    public bool Shows(int index) => index % Step == 0;

    public static XLabelPlan For(XAxis axis, double slot)
    {
        const double size = ChartStyle.AxisSize;
        var level = size + 18;
        if (axis.MayThin)
        {
            var widest = axis.Labels.Count == 0 ? 0 : axis.Labels.Max(l => TextWidth.Of(l, size));
            return new XLabelPlan(axis.Labels, StepFor(widest + Gap, slot), Tilted: false, level);
        }

        var names = axis.Labels.Select(l => TextWidth.Shorten(l, MaxNameWidth, size)).ToList();
        var longest = names.Count == 0 ? 0 : names.Max(n => TextWidth.Of(n, size));
        if (longest + Gap <= slot)
        {
            return new XLabelPlan(names, 1, Tilted: false, level);
        }

        // Tilted lines stand slot·sin 45° apart across their length, and each needs a line's height.
        var step = StepFor(size * 1.3, slot * Sin45);
        return new XLabelPlan(names, step, Tilted: true, (longest + size) * Sin45 + 18);
    }

    private static int StepFor(double needed, double slot) => Math.Max(1, (int)Math.Ceiling(needed / slot));
}
