using KhataBot.Infrastructure.Charts;
using KhataBot.Infrastructure.Charts.Rendering;

namespace KhataBot.Integration.Tests.Charts;

public sealed class ExampleImagesTests
{
    /// <summary>Set to a folder (docs/images) to write the README's example images there.</summary>
    private const string OutputVariable = "KHATA_CHART_EXAMPLES";

    public static TheoryData<string> Names => ["credit-and-payments", "expenses", "budgets", "top-dues", "dues-by-age", "year", "empty"];

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_example_chart_renders_to_a_full_size_png(string name)
    {
        var colours = new CategoryColours();
        Chart chart = name switch
        {
            "credit-and-payments" => ExampleCharts.CreditAndPayments(),
            "expenses" => ExampleCharts.Expenses(),
            "budgets" => ExampleCharts.Budgets(),
            "dues-by-age" => ExampleCharts.DuesByAge(),
            "year" => ExampleCharts.Year(),
            "empty" => ExampleCharts.Empty(),
            _ => ExampleCharts.TopDues(),
        };

        var png = new LibrsvgChartRenderer().RenderPng(ChartSvg.Render(chart, colours), chart.Size.Width, chart.Size.Height);

        var image = PngImage.Decode(png);
        Assert.Equal((1200, 800), (image.Width, image.Height));
        if (Environment.GetEnvironmentVariable(OutputVariable) is { Length: > 0 } folder)
        {
            File.WriteAllBytes(Path.Combine(folder, $"chart-{name}.png"), png);
        }
    }
}
