namespace KhataBot.Infrastructure.Charts;

/// <summary>The title and, under it, a subtitle such as the shop and the period.</summary>
public sealed record ChartHeading(string Title, string? Subtitle = null);
