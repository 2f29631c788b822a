namespace KhataBot.Core.Reports.Pictures;

/// <summary>The pictures that go with a report's text: the khata's flow, expenses by category and budget
/// use. A picture with nothing on it is left out, so an expense-only week gets no empty khata chart.</summary>
public static class ReportPictures
{
    public static IReadOnlyList<ReportPicture> For(ReportData data, Flows flows, string shopName)
    {
        if (data.Totals.IsEmpty)
        {
            return [];
        }

        var subtitle = Subtitle(shopName, ReportText.PeriodName(data.Label, data.Period));
        var pictures = new List<ReportPicture>();
        if (!flows.IsEmpty)
        {
            var opening = data.Owed.NetPaise - data.Totals.OwedChangePaise;
            pictures.Add(new FlowPicture("credit-and-payments.png", "Credit given and payments received", subtitle,
                flows.From, flows.To, flows.ByMonth, flows.CreditPaise, flows.PaymentPaise, flows.Owed(opening)));
        }

        if (data.Totals.Expenses.Count > 0)
        {
            pictures.Add(new SharesPicture("expenses.png", "Expenses by category", subtitle, data.Totals.Expenses));
        }

        if (data.Budgets.Count > 0)
        {
            var basis = data.BudgetBasis.Length == 0 ? subtitle : $"{subtitle} · {data.BudgetBasis}";
            pictures.Add(new BudgetsPicture("budgets.png", "Budgets used", basis, data.Budgets));
        }

        return pictures;
    }

    /// <summary>"Sharma Stores · June 2026 (1–30 Jun 2026)".</summary>
    public static string Subtitle(string shopName, string what) => $"{shopName} · {what}";
}
