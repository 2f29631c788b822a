namespace KhataBot.Infrastructure.Charts;

/// <summary>
/// Pixels. Telegram scales photos to 1280 px on the long side, so 1200 wide arrives almost unscaled and the
/// font sizes in <see cref="ChartStyle"/> stay readable on a phone.
/// </summary>
public sealed record ChartSize(int Width, int Height)
{
    public static ChartSize Default { get; } = new(1200, 800);
}
