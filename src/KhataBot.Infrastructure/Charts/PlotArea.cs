namespace KhataBot.Infrastructure.Charts;

/// <summary>The rectangle inside the axes, divided into one equal slot per x label.</summary>
internal sealed record PlotArea(double Left, double Top, double Right, double Bottom, int Count)
{
    public double Height => Bottom - Top;

    public double Slot => (Right - Left) / Count;

    public double Centre(int index) => Left + Slot * (index + 0.5);

    /// <summary>Money becomes pixels here, and only here, as a double.</summary>
    public double Y(NiceScale scale, decimal value) => Bottom - scale.Fraction(value) * Height;
}
