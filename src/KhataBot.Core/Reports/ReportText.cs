using KhataBot.Core.Ledger;
using System.Globalization;
using System.Text;
using KhataBot.Core.Money;
using KhataBot.Core.Parsing;

namespace KhataBot.Core.Reports;

/// <summary>Writes a report as a chat message: short sections, a bullet per line, plain text so it reads
/// the same in Telegram and the console.</summary>
public static class ReportText
{
    public static string Write(ReportData data)
    {
        var period = PeriodName(data.Label, data.Period);
        if (data.Totals.IsEmpty)
        {
            return Empty(data, period);
        }

        var text = new StringBuilder($"Report for {period}");
        Khata(text, data.Totals, data.Owed);
        Expenses(text, data.Totals);
        Income(text, data.Totals);
        Budgets(text, data);
        text.Append("\n\nNet cash: ").Append(Signed(data.Totals.NetCashPaise)).Append(" (income + payments − expenses)");
        return text.ToString();
    }

    private static string Empty(ReportData data, string period)
    {
        var text = $"Nothing was recorded in {period}.";
        return data.Owed.NetPaise == 0
            ? text
            : text + $"\nCustomers owed you {IndianMoney.FormatPaise(data.Owed.NetPaise)} at the end of it.";
    }

    private static void Khata(StringBuilder text, PeriodTotals totals, OwedAtEnd owed)
    {
        text.Append("\n\nKhata");
        text.Append($"\n• Credit given: {IndianMoney.FormatPaise(totals.Credits.Paise)} ({LedgerText.Plural(totals.Credits.Count, "entry", "entries")})");
        text.Append($"\n• Payments received: {IndianMoney.FormatPaise(totals.Payments.Paise)} ({LedgerText.Plural(totals.Payments.Count, "entry", "entries")})");
        var change = totals.OwedChangePaise;
        var start = owed.NetPaise - change;
        var direction = change switch
        {
            > 0 => $"up {IndianMoney.FormatPaise(change)}",
            < 0 => $"down {IndianMoney.FormatPaise(-change)}",
            _ => "no change",
        };
        text.Append($"\n• Owed to you: {IndianMoney.FormatPaise(start)} at the start → {IndianMoney.FormatPaise(owed.NetPaise)} at the end ({direction})");
        if (owed.AdvancePaise > 0)
        {
            text.Append($"\n• At the end customers owed {IndianMoney.FormatPaise(owed.OwingPaise)} and had paid {IndianMoney.FormatPaise(owed.AdvancePaise)} in advance");
        }

        if (owed.Top.Count > 0)
        {
            text.Append("\n\nOwing most at the end");
            for (var i = 0; i < owed.Top.Count; i++)
            {
                text.Append($"\n{i + 1}. {owed.Top[i].Name}: {IndianMoney.FormatPaise(owed.Top[i].Paise)}");
            }
        }
    }

    private static void Expenses(StringBuilder text, PeriodTotals totals)
    {
        if (totals.Expenses.Count == 0)
        {
            text.Append("\n\nExpenses: none");
            return;
        }

        text.Append($"\n\nExpenses: {IndianMoney.FormatPaise(totals.ExpensePaise)}");
        var shares = Shares.Percentages([.. totals.Expenses.Select(e => e.Paise)]);
        for (var i = 0; i < totals.Expenses.Count; i++)
        {
            var share = shares[i] == 0 ? "<1%" : $"{shares[i]}%";
            text.Append($"\n• {totals.Expenses[i].Name}: {IndianMoney.FormatPaise(totals.Expenses[i].Paise)} ({share})");
        }
    }

    private static void Income(StringBuilder text, PeriodTotals totals)
    {
        if (totals.Income.Count == 0)
        {
            text.Append("\n\nIncome: none");
            return;
        }

        text.Append($"\n\nIncome: {IndianMoney.FormatPaise(totals.IncomePaise)}");
        foreach (var source in totals.Income)
        {
            text.Append($"\n• {source.Name}: {IndianMoney.FormatPaise(source.Paise)}");
        }
    }

    private static void Budgets(StringBuilder text, ReportData data)
    {
        if (data.Budgets.Count == 0)
        {
            return;
        }

        text.Append("\n\nBudgets").Append(data.BudgetBasis.Length == 0 ? "" : $" ({data.BudgetBasis})");
        foreach (var use in data.Budgets)
        {
            text.Append("\n• ").Append(use.Describe());
        }
    }

    private static string Signed(long paise) => (paise < 0 ? "-" : "+") + IndianMoney.FormatPaise(Math.Abs(paise));

    /// <summary>"June 2026 (1–30 Jun 2026)", but "this week (16–22 Nov 2026)" once: some labels carry their dates.</summary>
    public static string PeriodName(string label, DateRange period)
    {
        var range = Describe(period);
        return label.Contains(range, StringComparison.Ordinal) ? label : $"{label} ({range})";
    }

    /// <summary>"1–30 Nov 2026", "1 Dec 2025 – 31 Jan 2026", "21 Nov 2026".</summary>
    public static string Describe(DateRange period)
    {
        string Day(DateOnly d, string format) => d.ToString(format, CultureInfo.InvariantCulture);
        if (period.From == period.To)
        {
            return Day(period.From, "d MMM yyyy");
        }

        if (period.From.Year != period.To.Year)
        {
            return $"{Day(period.From, "d MMM yyyy")} – {Day(period.To, "d MMM yyyy")}";
        }

        return period.From.Month == period.To.Month
            ? $"{period.From.Day}–{Day(period.To, "d MMM yyyy")}"
            : $"{Day(period.From, "d MMM")} – {Day(period.To, "d MMM yyyy")}";
    }
}
