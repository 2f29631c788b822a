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

    /// <summary>The ten who owe most, by how long they have owed.</summary>
    public static BarChart DuesByAge()
    {
        string[] names = ["Ramesh Kumar", "रमेश", "Tom & <Jerry>", "Sunita (tailor, opposite the temple)", "Anil", "Bina Patel", "Chetan", "Divya Nair", "Farhan", "Geeta"];
        var random = new Random(10);
        Series Bucket(string name, int most) => new(name, [.. names.Select(_ => random.Next(0, most) * 100m)]);
        return new BarChart(June with { Title = "Top dues by age" }, XAxis.Names(names),
            [Bucket("0–30 days", 60), Bucket("31–60 days", 40), Bucket("61–90 days", 20), Bucket("90+ days", 15)], BarMode.Stacked);
    }

    /// <summary>A year by month: what is owed (shaded) and what came in as income.</summary>
    public static LineChart Year() => new(June with { Title = "Owed and income by month", Subtitle = "Sharma Kirana Store · 2026" },
        XAxis.Months(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)),
        [
            new Series("Total owed", [41_000m, 45_500m, 52_000m, 48_000m, 61_000m, 72_200m, 70_100m, 66_000m, 80_500m, 91_000m, 87_250m, 95_400m]),
            new Series("Income", [1_10_000m, 98_000m, 1_25_000m, 1_40_000m, 1_32_000m, 1_18_500m, 1_05_000m, 1_21_000m, 1_64_000m, 2_10_000m, 1_75_000m, 1_90_000m]),
        ], Area: true);

    public static LineChart Empty() => new(June with { Title = "Total owed" }, XAxis.Days(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30)),
        [new Series("owed", [.. Enumerable.Repeat(0m, 30)])], Area: true);
}
