using KhataBot.Core.Budgets;
using KhataBot.Core.Reports;
using KhataBot.Core.Reports.Pictures;
using KhataBot.Infrastructure.Charts;
using KhataBot.Infrastructure.Charts.Reports;

namespace KhataBot.Integration.Tests.Charts;

/// <summary>The pictures a kirana shop's June report and chart commands send, with Devanagari and long names among them.</summary>
internal static class ExamplePictures
{
    public const string Shop = "Sharma Kirana Store · June 2026 (1–30 Jun 2026)";

    private static readonly DateOnly June1 = new(2026, 6, 1);

    public static FlowPicture CreditAndPayments()
    {
        var random = new Random(6);
        var credit = Enumerable.Range(0, 30).Select(_ => random.Next(0, 40) * 100_00L).ToList();
        var payments = Enumerable.Range(0, 30).Select(i => i % 7 == 6 ? 0 : random.Next(0, 35) * 100_00L).ToList();
        var owed = new List<long>();
        var total = 42_500_00L;
        for (var i = 0; i < 30; i++) owed.Add(total += credit[i] - payments[i]);
        return new FlowPicture("credit-and-payments.png", "Credit given and payments received", Shop, June1, June1.AddDays(29), false, credit, payments, owed);
    }

    /// <summary>A week: few enough bars for their amounts to be written on them.</summary>
    public static FlowPicture Week() => new("khata.png", "रमेश's khata", "Sharma Kirana Store · 1–7 Jun 2026", June1, June1.AddDays(6), false,
        [50_000, 0, 1_20_000_00, 0, 20_000_00, 0, 0], [0, 20_000, 0, 50_000_00, 0, 0, 10_000_00], [50_000, 30_000, 1_20_30_000, 70_30_000, 90_30_000, 90_30_000, 80_30_000], "Balance");

    public static SharesPicture Expenses() => new("expenses.png", "Expenses by category", Shop,
    [
        new NamedSum("stock", 1_84_000_00), new NamedSum("rent", 25_000_00), new NamedSum("salary", 18_000_00), new NamedSum("बिजली", 4_350_00),
        new NamedSum("transport", 3_200_00), new NamedSum("चाय-नाश्ता", 1_150_00), new NamedSum("phone", 599_00), new NamedSum("repairs", 450_00),
        new NamedSum("packaging", 380_00),
    ]);

    public static BudgetsPicture Budgets() => new("budgets.png", "Budgets used", Shop,
    [
        new BudgetUse("stock", 1_84_000_00, 2_00_000_00), new BudgetUse("rent", 25_000_00, 25_000_00), new BudgetUse("salary", 12_000_00, 20_000_00),
        new BudgetUse("बिजली", 4_350_00, 3_500_00), new BudgetUse("transport", 3_200_00, 5_000_00),
    ]);

    public static AmountsPicture TopDues() => new("dues.png", "Who owes most", "Sharma Kirana Store · as of 21 Nov 2026",
    [
        new NamedSum("Ramesh Kumar", 1_20_000_00), new NamedSum("श्रीमती क्षमा", 9_800_00), new NamedSum("Tom & <Jerry>", 7_200_00),
        new NamedSum("Sunita (tailor, opposite the temple on MG Road)", 4_000_00), new NamedSum("Anil", 850_00),
    ]);

    public static AgedDuesPicture DuesByAge()
    {
        string[] names = ["Ramesh Kumar", "दिनेश शर्मा", "Tom & <Jerry>", "Sunita (tailor)", "Anil", "Bina Patel", "Chetan", "Divya Nair", "Farhan", "Geeta"];
        var random = new Random(10);
        var today = new DateOnly(2026, 11, 21);
        return new AgedDuesPicture("dues-by-age.png", "Top dues by age", "Sharma Kirana Store · as of 21 Nov 2026",
        [
            .. names.Select(name =>
            {
                long[] buckets = [random.Next(0, 60) * 100_00L, random.Next(0, 40) * 100_00L, random.Next(0, 20) * 100_00L, random.Next(0, 15) * 100_00L];
                return new AgedDues(name, buckets.Sum(), buckets, random.Next(5, 200));
            }),
        ]);
    }

    public static IReadOnlyDictionary<string, ReportPicture> All { get; } = new Dictionary<string, ReportPicture>
    {
        ["credit-and-payments"] = CreditAndPayments(),
        ["week"] = Week(),
        ["expenses"] = Expenses(),
        ["budgets"] = Budgets(),
        ["top-dues"] = TopDues(),
        ["dues-by-age"] = DuesByAge(),
    };

    /// <summary>The picture as a reply carries it, colours given as a report gives them.</summary>
    public static ChartDescription Described(ReportPicture picture) =>
        ChartDescription.FromJson(new ChartReportPictures().Draw([picture]).Single().Content);

    public static byte[] Png(ReportPicture picture) => ChartImage.Png(Described(picture));
}
