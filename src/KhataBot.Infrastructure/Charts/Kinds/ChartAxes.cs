using ScottPlot;
using ScottPlot.TickGenerators;

namespace KhataBot.Infrastructure.Charts.Kinds;

/// <summary>The axis settings the charts share: Indian money on the value axis, one row per name.</summary>
internal static class ChartAxes
{
    public static void Money(IAxis axis) => axis.TickGenerator = new NumericAutomatic
    {
        LabelFormatter = value => IndianMoneyAxis.Format((decimal)value),
        TickDensity = 0.6,
    };

    /// <summary>Horizontal bars, one per name, the first at the top, no grid across the names.</summary>
    public static void NameRows(Plot plot, int count, double longest)
    {
        plot.Axes.SetLimitsY(-0.6, count - 0.4);
        plot.Axes.SetLimitsX(0, longest <= 0 ? 1 : longest);
        plot.Grid.YAxisStyle.IsVisible = false;
    }

    public static double Rupees(long paise) => paise / 100.0;

    public static Color Colour(string hex) => Color.FromHex(hex);
}
