using KhataBot.Core.Budgets;
using KhataBot.Core.Parsing;

namespace KhataBot.Core.Reports;

/// <summary>Everything one report shows, gathered before any text is written.</summary>
/// <param name="BudgetBasis">How the budget limits were scaled to the period; see <see cref="PeriodBudget.Basis"/>.</param>
public sealed record ReportData(
    string Label,
    DateRange Period,
    PeriodTotals Totals,
    OwedAtEnd Owed,
    IReadOnlyList<BudgetUse> Budgets,
    string BudgetBasis);
