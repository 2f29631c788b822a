namespace KhataBot.Core.Parsing;

/// <summary>"how much did I spend on tea this month", "petrol pe kitna kharcha hua is mahine": the
/// expenses of a <paramref name="Category"/>, or of entries whose note mentions <paramref name="Note"/>, in a period.</summary>
public sealed record ShowSpending(string? Category, string? Note, DateRange Period, string Label) : Command;

/// <summary>"profit this month", "munafa": income minus expenses in a period.</summary>
public sealed record ShowProfit(DateRange Period, string Label) : Command;
