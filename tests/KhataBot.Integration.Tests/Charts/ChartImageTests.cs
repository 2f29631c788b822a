using System.Text.RegularExpressions;
using System.Xml.Linq;
using KhataBot.Core.Reports;
using KhataBot.Core.Reports.Pictures;
using KhataBot.Infrastructure.Charts;
using KhataBot.Infrastructure.Charts.Kinds;
using SkiaSharp;

namespace KhataBot.Integration.Tests.Charts;

public sealed class ChartImageTests
{
    /// <summary>Set to a folder (docs/images) to write the README's example images there.</summary>
    private const string OutputVariable = "KHATA_CHART_EXAMPLES";

    public static TheoryData<string> Names => [.. ExamplePictures.All.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_example_picture_is_a_full_size_png_with_a_chart_on_it(string name)
    {
        var png = ExamplePictures.Png(ExamplePictures.All[name]);

        using var pixels = new ChartPixels(png);
        Assert.Equal((1200, 800), (pixels.Width, pixels.Height));
        Assert.True(pixels.DistinctColours > 50, "not blank: text, bars and their antialiased edges");
        Assert.True(pixels.Count("#FFFFFF") < 1200 * 800 * 0.95, "more than a white page");
        if (Environment.GetEnvironmentVariable(OutputVariable) is { Length: > 0 } folder)
        {
            File.WriteAllBytes(Path.Combine(folder, $"chart-{name}.png"), png);
        }
    }

    [Fact]
    public void A_month_of_credit_shows_a_bar_for_every_day_with_credit_and_one_for_every_day_with_payments()
    {
        var flow = ExamplePictures.CreditAndPayments();

        using var pixels = new ChartPixels(ExamplePictures.Png(flow));

        Assert.Equal(flow.CreditPaise.Count(p => p > 0), pixels.MostRunsInARow(FlowChart.Credit));
        Assert.Equal(flow.PaymentPaise.Count(p => p > 0), pixels.MostRunsInARow(FlowChart.Payment));
        Assert.True(pixels.Count(FlowChart.Owed) > 1000, "the owed line is drawn");
    }

    [Fact]
    public void Who_owes_most_has_one_bar_per_customer()
    {
        using var pixels = new ChartPixels(ExamplePictures.Png(ExamplePictures.TopDues()));

        Assert.Equal(5, pixels.MostRunsInAColumn(AmountsChart.Bar));
    }

    [Fact]
    public void Dues_by_age_stack_one_bar_per_customer_in_the_colours_of_the_ages()
    {
        var aged = ExamplePictures.DuesByAge();

        using var pixels = new ChartPixels(ExamplePictures.Png(aged));

        // Every bar starts with its newest money at the axis, so one column crosses them all.
        Assert.Equal(aged.Customers.Count(c => c.BucketPaise[0] > 0), pixels.MostRunsInAColumn(AgedDuesChart.BucketColours[0]));
        Assert.All(AgedDuesChart.BucketColours, colour => Assert.True(pixels.Count(colour) > 1000, $"{colour} is drawn"));
    }

    [Fact]
    public void Expenses_fold_into_seven_slices_each_in_its_own_colour()
    {
        var picture = ExamplePictures.Expenses();
        var description = ExamplePictures.Described(picture);

        using var pixels = new ChartPixels(ChartImage.Png(description));

        var shown = picture.Parts.OrderByDescending(p => p.Paise).Take(SharesChart.MaxSlices - 1).Select(p => p.Name).Append(CategoryColours.OthersName).ToList();
        Assert.All(shown, name => Assert.True(pixels.Count(description.Colours.GetValueOrDefault(name, CategoryColours.OthersColour)) > 1000, $"{name}'s slice and legend swatch are drawn"));
    }

    [Fact]
    public void Over_budget_bars_are_red_and_the_others_are_not()
    {
        using var pixels = new ChartPixels(ExamplePictures.Png(ExamplePictures.Budgets()));

        // बिजली is over its budget; stock (92%) and rent (100%) are near it; salary and transport are within.
        // Down the column where the bars start, away from the dashed 80% and 100% lines.
        var start = pixels.FirstColumnWith(BudgetsChart.Within) + 5;
        Assert.Equal(1, pixels.RunsInColumn(start, CategoryColours.Alarm));
        Assert.Equal(2, pixels.RunsInColumn(start, BudgetsChart.Near));
        Assert.Equal(2, pixels.RunsInColumn(start, BudgetsChart.Within));
    }

    [Fact]
    public void The_chart_says_its_title_dates_and_amounts_in_indian_money()
    {
        var texts = SvgTexts(ExamplePictures.Week());

        Assert.Contains("Sharma Kirana Store · 1–7 Jun 2026", texts);
        Assert.Contains("1 Jun", texts);
        Assert.Contains("7 Jun", texts);
        Assert.Contains("₹1.2L", texts); // on the bar of 3 Jun
        Assert.Contains("₹20k", texts);
        Assert.Contains("Credit given", texts);
        Assert.Contains("Balance", texts);
    }

    [Fact]
    public void Names_and_full_amounts_are_written_beside_the_bars()
    {
        var texts = SvgTexts(ExamplePictures.TopDues());

        Assert.Contains("Who owes most", texts);
        Assert.Contains("Ramesh Kumar", texts);
        Assert.Contains("Tom & <Jerry>", texts);
        Assert.Contains("₹1,20,000", texts);
        Assert.Contains(texts, t => Regex.IsMatch(t, "^Sunita \\(tailor, opposite.*…$"));
    }

    [Fact]
    public void A_picture_with_nothing_on_it_says_so_instead_of_an_empty_frame()
    {
        var empty = new SharesPicture("expenses.png", "Expenses by category", ExamplePictures.Shop, [new NamedSum("rent", 0)]);

        var texts = SvgTexts(empty);

        Assert.Contains(ChartImage.EmptyMessage, texts);
        Assert.Contains("Expenses by category", texts);
    }

    /// <summary>The chart drawn on Skia's SVG canvas instead of a PNG's, and the text of its text elements.</summary>
    private static List<string> SvgTexts(ReportPicture picture)
    {
        using var stream = new MemoryStream();
        using (var canvas = SKSvgCanvas.Create(SKRect.Create(ChartStyle.Width, ChartStyle.Height), stream))
        {
            ChartImage.Draw(canvas, ExamplePictures.Described(picture));
        }

        stream.Position = 0;
        return [.. XDocument.Load(stream).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim())];
    }
}
