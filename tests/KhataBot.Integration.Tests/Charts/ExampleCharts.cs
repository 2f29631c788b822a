using KhataBot.Infrastructure.Charts;

namespace KhataBot.Integration.Tests.Charts;

/// <summary>The three charts a monthly report sends, with a believable June for a kirana shop.</summary>
internal static class ExampleCharts
{
    public static readonly ChartHeading June = new("", "Sharma Kirana Store · 1–30 June 2026");

    public static BarLineChart CreditAndPayments()
    {
        var random = new Random(6);
        var days = XAxis.Days(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30));
        var credit = days.Labels.Select(_ => (decimal)(random.Next(0, 40) * 100)).ToList();
        var payments = days.Labels.Select((_, i) => i % 7 == 6 ? 0m : random.Next(0, 35) * 100m).ToList();
        var owed = new List<decimal>();
        var total = 42_500m;
        for (var i = 0; i < credit.Count; i++)
        {
            total += credit[i] - payments[i];
            owed.Add(total);
        }

        return new BarLineChart(June with { Title = "Credit given and payments received" }, days,
            [new Series("Credit given", credit), new Series("Payments received", payments)], new Series("Total owed", owed), LineOnRightAxis: true);
    }

    public static DonutChart Expenses() => new(June with { Title = "Expenses by category" },
        [
            new Slice("stock", 1_84_000m), new Slice("rent", 25_000m), new Slice("salary", 18_000m), new Slice("electricity", 4_350m),
            new Slice("transport", 3_200m), new Slice("tea & snacks", 1_150m), new Slice("phone", 599m), new Slice("repairs", 450m),
            new Slice("packaging", 380m), new Slice("donations", 251m), new Slice("stationery", 120m),
        ]);

    public static HorizontalBarChart Budgets() => new(June with { Title = "Budgets used in June" },
        [
            new HorizontalBar("stock", 1_84_000m, 2_00_000m), new HorizontalBar("rent", 25_000m, 25_000m),
            new HorizontalBar("salary", 18_000m, 20_000m), new HorizontalBar("electricity", 4_350m, 3_500m),
            new HorizontalBar("transport", 3_200m, 5_000m), new HorizontalBar("tea & snacks", 1_150m, 1_000m),
        ]);

    public static HorizontalBarChart TopDues() => new(June with { Title = "Who owes most" },
        [
            new HorizontalBar("Ramesh Kumar", 12_450m), new HorizontalBar("रमेश", 9_800m), new HorizontalBar("Tom & <Jerry>", 7_200m),
            new HorizontalBar("Sunita (tailor, opposite the temple on MG Road)", 4_000m), new HorizontalBar("Anil", 850m),
        ]);
}
