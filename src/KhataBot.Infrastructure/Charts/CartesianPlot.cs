namespace KhataBot.Infrastructure.Charts;

/// <summary>What bar, line and bar-with-line charts have in common: series over the labels of one x axis.</summary>
internal sealed record CartesianPlot(XAxis X, IReadOnlyList<Series> Bars, BarMode Mode, IReadOnlyList<Series> Lines, bool Area, bool LinesOnRight)
{
    public static CartesianPlot Of(BarChart chart) => new(chart.X, chart.Series, chart.Mode, [], Area: false, LinesOnRight: false);

    public static CartesianPlot Of(LineChart chart) => new(chart.X, [], BarMode.Grouped, chart.Series, chart.Area, LinesOnRight: false);

    public static CartesianPlot Of(BarLineChart chart) => new(chart.X, chart.Bars, BarMode.Grouped, [chart.Line], Area: false, chart.LineOnRightAxis);

    public IEnumerable<Series> AllSeries => Bars.Concat(Lines);

    /// <summary>Nothing but zeros is no data: a month without entries should say so, not draw a flat line.</summary>
    public bool IsEmpty => X.Labels.Count == 0 || AllSeries.All(s => s.Values.All(v => v == 0));

    /// <summary>The scale of the left axis: the bars (stacked ones by their totals) and the lines that share it.</summary>
    public NiceScale LeftScale()
    {
        IEnumerable<decimal> values = Mode == BarMode.Stacked
            ? Enumerable.Range(0, X.Labels.Count).SelectMany(i => new[] { Bars.Sum(s => Math.Max(0, s.Values[i])), Bars.Sum(s => Math.Min(0, s.Values[i])) })
            : Bars.SelectMany(s => s.Values);
        if (!LinesOnRight) values = values.Concat(Lines.SelectMany(s => s.Values));
        return Covering(values);
    }

    public NiceScale? RightScale() => LinesOnRight ? Covering(Lines.SelectMany(s => s.Values)).AlignedWith(LeftScale()) : null;

    public void ThrowIfRagged()
    {
        foreach (var series in AllSeries.Where(s => s.Values.Count != X.Labels.Count))
        {
            throw new ArgumentException($"Series '{series.Name}' has {series.Values.Count} values for {X.Labels.Count} labels.");
        }
    }

    private static NiceScale Covering(IEnumerable<decimal> values)
    {
        var list = values.DefaultIfEmpty(0m).ToList();
        return NiceScale.Covering(list.Min(), list.Max());
    }
}
