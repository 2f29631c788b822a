namespace KhataBot.Infrastructure.Charts;

/// <summary>One named row of rupee amounts, one value for each label of the x axis.</summary>
public sealed record Series(string Name, IReadOnlyList<decimal> Values);
