using KhataBot.Infrastructure.Charts;

namespace KhataBot.Integration.Tests.Charts;

public sealed class NiceScaleTests
{
    [Theory]
    [InlineData(0, 87, 0, 100, 20)]
    [InlineData(0, 100, 0, 120, 20)] // a bar at the top tick would touch the frame; the margin adds a step
    [InlineData(0, 1_000, 0, 1_200, 200)]
    [InlineData(5, 7, 0, 8, 2)] // bars start at zero even when every value is far from it
    [InlineData(0, 3_40_000, 0, 4_00_000, 1_00_000)]
    [InlineData(-500, 1_200, -1_000, 1_500, 500)]
    [InlineData(-87, -3, -100, 0, 20)]
    [InlineData(0, 0.45, 0, 0.5, 0.1)]
    [InlineData(0, 0, 0, 1, 0.2)] // nothing at all still gives a drawable axis
    public void Ranges_get_1_2_5_steps_from_zero_that_cover_the_data(double low, double high, double min, double max, double step)
    {
        var scale = NiceScale.Covering((decimal)low, (decimal)high);

        Assert.Equal(((decimal)min, (decimal)max, (decimal)step), (scale.Min, scale.Max, scale.Step));
    }

    [Fact]
    public void Zero_to_87_ticks_every_20_up_to_100()
    {
        Assert.Equal([0m, 20m, 40m, 60m, 80m, 100m], NiceScale.Covering(0, 87).Ticks);
    }

    [Fact]
    public void Any_range_gets_at_most_six_steps_of_one_two_or_five_with_room_above_the_data()
    {
        var random = new Random(42);
        for (var i = 0; i < 2_000; i++)
        {
            var high = (decimal)Math.Round(random.NextDouble() * Math.Pow(10, random.Next(0, 9)), 2);
            var low = random.Next(4) == 0 ? -high * (decimal)random.NextDouble() : 0m;

            var scale = NiceScale.Covering(low, high);

            var leading = scale.Step;
            while (leading >= 10) leading /= 10;
            while (leading < 1) leading *= 10;
            Assert.Contains(leading, new[] { 1m, 2m, 5m });
            Assert.InRange(scale.Intervals, 1, 6);
            Assert.True(scale.Min <= low && scale.Min <= 0 && (scale.Max > high || high == 0), $"{low}..{high} gave {scale}");
        }
    }

    [Fact]
    public void A_second_axis_is_stretched_so_its_ticks_fall_on_the_first_axis_grid()
    {
        var grid = NiceScale.Covering(0, 3_800); // 0..4,000 in 4 steps
        var owed = NiceScale.Covering(0, 72_200).AlignedWith(grid);

        Assert.Equal((0m, 80_000m, 20_000m), (owed.Min, owed.Max, owed.Step));
        Assert.Equal(grid.Intervals, owed.Intervals);
        Assert.True(owed.Max >= 72_200);
    }
}
