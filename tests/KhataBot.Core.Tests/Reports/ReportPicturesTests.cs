using KhataBot.Core.Parsing;
using KhataBot.Core.Reports.Pictures;
using KhataBot.Core.Reports;

namespace KhataBot.Core.Tests.Reports;

public class ReportPicturesTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(30, 0)]
    [InlineData(31, 1)]
    [InlineData(60, 1)]
    [InlineData(61, 2)]
    [InlineData(90, 2)]
    [InlineData(91, 3)]
    [InlineData(400, 3)]
    public void Ages_fall_into_the_buckets_accountants_use(int days, int bucket)
    {
        Assert.Equal(bucket, DueAge.BucketOf(days));
    }

    [Fact]
    public void What_is_owed_is_made_of_the_latest_credits()
    {
        var aged = DueAge.Split("Ramesh", 2_800_00, [(Today.AddDays(-100), 500_00), (Today.AddDays(-10), 1_000_00), (Today.AddDays(-45), 2_000_00)], Today);

        Assert.Equal([1_000_00L, 1_800_00L, 0L, 0L], aged.BucketPaise);
        Assert.Equal(45, aged.OwedForDays);
    }

    [Fact]
    public void Owed_beyond_the_credits_counts_as_new()
    {
        var aged = DueAge.Split("Geeta", 700_00, [(Today.AddDays(-95), 500_00)], Today);

        Assert.Equal([200_00L, 0L, 0L, 500_00L], aged.BucketPaise);
        Assert.Equal(95, aged.OwedForDays);
    }

    [Theory]
    [InlineData("June 2026", "2026-06-01", "2026-06-30", "June 2026 (1–30 Jun 2026)")]
    [InlineData("this week (16–22 Nov 2026)", "2026-11-16", "2026-11-22", "this week (16–22 Nov 2026)")]
    public void A_period_is_named_with_its_dates_once(string label, string from, string to, string expected)
    {
        Assert.Equal(expected, ReportText.PeriodName(label, new DateRange(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture))));
    }
}
