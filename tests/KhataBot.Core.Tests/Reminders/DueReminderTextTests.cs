using KhataBot.Core.Reminders;

namespace KhataBot.Core.Tests.Reminders;

public class DueReminderTextTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    [Fact]
    public void One_message_lists_due_today_then_overdue_longest_late_first_then_due_tomorrow()
    {
        var reply = DueReminderText.For(
        [
            new DueReminder(15, "Mohan", 30_000, Today.AddDays(1)),
            new DueReminder(7, "Suresh", 1_25_000_50, Today.AddDays(-6)),
            new DueReminder(12, "Ramesh", 50_000, Today),
            new DueReminder(3, "Geeta", 20_000, Today.AddDays(-1)),
            new DueReminder(9, "Anil", 10_000, Today),
        ], Today);

        Assert.Equal("""
            🔔 Dues to collect
            Due today:
            • Anil: ₹100 (#9)
            • Ramesh: ₹500 (#12)
            Overdue:
            • Suresh: ₹1,25,000.50, 6 days late (#7)
            • Geeta: ₹200, 1 day late (#3)
            Due tomorrow:
            • Mohan: ₹300 (#15)
            When someone pays: paid Ramesh 500
            """, reply.Text);
    }

    [Fact]
    public void Empty_sections_are_left_out()
    {
        var text = DueReminderText.For([new DueReminder(1, "Ramesh", 50_000, Today.AddDays(-3))], Today).Text;

        Assert.DoesNotContain("Due today", text);
        Assert.DoesNotContain("Due tomorrow", text);
        Assert.Contains("• Ramesh: ₹500, 3 days late (#1)", text);
    }

    [Fact]
    public void A_long_list_is_cut_with_a_pointer_to_the_full_one()
    {
        var dues = Enumerable.Range(1, DueReminderText.MaxLines + 5).Select(n => new DueReminder(n, $"Customer {n}", 100, Today)).ToList();

        var lines = DueReminderText.For(dues, Today).Text.Split('\n');

        Assert.Equal(DueReminderText.MaxLines, lines.Count(l => l.StartsWith('•')));
        Assert.Contains("…and 5 more. Type dues to see everyone who owes.", lines);
    }
}
