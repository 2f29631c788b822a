namespace KhataBot.Core.Reports;

/// <summary>An amount under a name: a category's spending, a source's income, a customer's balance.</summary>
public sealed record NamedSum(string Name, long Paise, int Count = 0);
