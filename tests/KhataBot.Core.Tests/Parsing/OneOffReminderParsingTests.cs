using KhataBot.Core.Parsing;
using static KhataBot.Core.Tests.Parsing.ParserTestKit;

namespace KhataBot.Core.Tests.Parsing;

/// <summary>One-off reminders; today is Saturday 21 Nov 2026.</summary>
public class OneOffReminderParsingTests
{
    [Theory]
    [InlineData("remind Ramesh tomorrow", "Ramesh", "2026-11-22")]
    [InlineData("remind Ramesh kal", "Ramesh", "2026-11-22")]
    [InlineData("kal remind Ramesh", "Ramesh", "2026-11-22")]
    [InlineData("remind Ramesh parso", "Ramesh", "2026-11-23")]
    [InlineData("remind Ramesh today", "Ramesh", "2026-11-21")]
    [InlineData("remind Ramesh in 3 days", "Ramesh", "2026-11-24")]
    [InlineData("remind Ramesh 3 din baad", "Ramesh", "2026-11-24")]
    [InlineData("remind Ramesh after 2 weeks", "Ramesh", "2026-12-05")]
    [InlineData("remind Ramesh on 5 dec", "Ramesh", "2026-12-05")]
    [InlineData("remind Ramesh 5 dec", "Ramesh", "2026-12-05")]
    [InlineData("remind Ramesh on 5/12", "Ramesh", "2026-12-05")]
    [InlineData("remind Ramesh on 10 nov", "Ramesh", "2027-11-10")]
    [InlineData("remind Ramesh monday", "Ramesh", "2026-11-23")]
    [InlineData("remind Ramesh on saturday", "Ramesh", "2026-11-28")]
    [InlineData("remind me about Suresh Kumar tomorrow", "Suresh Kumar", "2026-11-22")]
    [InlineData("Remind Jasmin In 3 Days", "Jasmin", "2026-11-24")]
    [InlineData("/remind Ramesh tomorrow", "Ramesh", "2026-11-22")]
    public void A_day_is_read_ahead_of_today(string message, string customer, string day) =>
        Assert.Equal(new RemindOnce(customer, Date(day), null), Parse(message));

    [Theory]
    [InlineData("remind Ramesh in 2 hours", 120)]
    [InlineData("remind Ramesh in an hour", 60)]
    [InlineData("remind Ramesh in 10 minutes", 10)]
    [InlineData("remind Ramesh in 1 minute", 1)]
    [InlineData("remind Ramesh 10 min baad", 10)]
    [InlineData("remind Ramesh 2 ghante mein", 120)]
    [InlineData("remind Ramesh after 48 hrs", 2880)]
    public void Hours_and_minutes_count_from_now(string message, int minutes) =>
        Assert.Equal(new RemindOnce("Ramesh", null, TimeSpan.FromMinutes(minutes)), Parse(message));

    [Theory]
    [InlineData("remind Ramesh", "When should I remind you about Ramesh?")]
    [InlineData("remind Ramesh someday", "When should I remind you about Ramesh someday?")]
    [InlineData("remind Ramesh yesterday", "That day has passed")]
    [InlineData("remind Ramesh on 5 nov 2026", "That day has passed")]
    [InlineData("remind Ramesh in 49 hours", "up to 48 hours")]
    [InlineData("remind Ramesh on 31 feb", "There's no 31 February")]
    [InlineData("remind Ramesh on 1 jan 2028", "up to a year ahead")]
    [InlineData("remind me", "Whom should I remind you about")]
    [InlineData("remind me tomorrow", "Whom should I remind you about?")]
    [InlineData("remind in 2 hours", "Whom should I remind you about?")]
    public void What_cannot_be_a_reminder_is_refused_with_an_example(string message, string problem)
    {
        var reason = Reason(message);
        Assert.Contains(problem, reason);
        Assert.Contains("remind Ramesh tomorrow", reason);
    }

    [Theory]
    [InlineData("cancel reminder Ramesh", "Ramesh")]
    [InlineData("cancel reminders for Suresh Kumar", "Suresh Kumar")]
    [InlineData("delete reminder Ramesh", "Ramesh")]
    [InlineData("reminder cancel Ramesh", "Ramesh")]
    public void Cancel_reminder_names_the_customer(string message, string customer) =>
        Assert.Equal(new CancelOneOffReminders(customer), Parse(message));

    [Fact]
    public void The_parse_json_says_the_day_or_the_wait()
    {
        Assert.StartsWith("""{"intent":"remind_once","customer":"Ramesh","amount":null,"note":null,"category":null,"date":null,"due":"2026-12-05",""",
            CommandJson.ToJson(Parse("remind Ramesh on 5 dec")));
        Assert.StartsWith("""{"intent":"remind_once","customer":"Ramesh","amount":null,"note":"in 120 minutes",""", CommandJson.ToJson(Parse("remind Ramesh in 2 hours")));
        Assert.StartsWith("""{"intent":"cancel_reminder","customer":"Ramesh",""", CommandJson.ToJson(Parse("cancel reminder Ramesh")));
    }

    [Fact]
    public void Cancel_reminder_without_a_name_asks_whose_and_points_at_reminders_off() =>
        Assert.Contains("reminders off", Reason("cancel reminder"));

    [Theory]
    [InlineData("remind every 7 days")]
    [InlineData("cancel")]
    [InlineData("cancel #12")]
    [InlineData("reminders")]
    public void The_settings_and_undo_forms_are_still_what_they_were(string message) =>
        Assert.IsNotType<RemindOnce>(Parse(message));
}
