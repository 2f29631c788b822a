using KhataBot.Core.Parsing;

namespace KhataBot.Core.Tests.Parsing;

public sealed class DashboardParsingTests
{
    private static Command Parse(string text) => MessageParser.Parse(text, ParseContext.For(new DateOnly(2026, 11, 21)));

    [Theory]
    [InlineData("dashboard")]
    [InlineData("/dashboard")]
    [InlineData("Dashboard")]
    [InlineData("open dashboard")]
    [InlineData("dashboard kholo")]
    [InlineData("dashboard dikhao")]
    [InlineData("dashboard link")]
    [InlineData("dashbord")]
    public void Asking_for_the_dashboard_in_english_or_hinglish_opens_it(string message) =>
        Assert.IsType<OpenDashboard>(Parse(message));

    [Theory]
    [InlineData("dashboard Ramesh 500")]
    [InlineData("Dashboard 500")]
    public void Dashboard_followed_by_an_entry_is_not_taken_for_opening_it(string message) =>
        Assert.IsNotType<OpenDashboard>(Parse(message));

    [Fact]
    public void Help_mentions_the_dashboard() => Assert.Contains("dashboard", KhataBot.Core.Help.HelpText.Text);
}
