using KhataBot.Core.Parsing;
using static KhataBot.Core.Tests.Parsing.ParserTestKit;

namespace KhataBot.Core.Tests.Parsing;

public class ReportPeriodTests
{
    public static TheoryData<string, string, string, string, string> Reports => new()
    {
        // today, message, from, to, label
        { "2026-11-21", "report", "2026-11-01", "2026-11-30", "November 2026" },
        { "2026-11-21", "report this month", "2026-11-01", "2026-11-30", "November 2026" },
        { "2026-11-21", "report last month", "2026-10-01", "2026-10-31", "October 2026" },
        { "2026-11-21", "report june", "2026-06-01", "2026-06-30", "June 2026" },
        { "2026-11-21", "report jun", "2026-06-01", "2026-06-30", "June 2026" },
        { "2026-11-21", "report November", "2026-11-01", "2026-11-30", "November 2026" },
        { "2026-11-21", "report december", "2025-12-01", "2025-12-31", "December 2025" },
        { "2026-11-21", "report sept", "2026-09-01", "2026-09-30", "September 2026" },
        { "2026-11-21", "report sep 2025", "2025-09-01", "2025-09-30", "September 2025" },
        { "2026-11-21", "report june 2025", "2025-06-01", "2025-06-30", "June 2025" },
        { "2026-11-21", "report feb 2024", "2024-02-01", "2024-02-29", "February 2024" },
        { "2026-11-21", "report feb 2026", "2026-02-01", "2026-02-28", "February 2026" },
        { "2026-11-21", "report 2025", "2025-01-01", "2025-12-31", "2025" },
        { "2026-11-21", "report 2026", "2026-01-01", "2026-12-31", "2026" },
        { "2026-11-21", "report this year", "2026-01-01", "2026-12-31", "2026" },
        { "2026-11-21", "report last year", "2025-01-01", "2025-12-31", "2025" },
        { "2026-11-21", "report today", "2026-11-21", "2026-11-21", "today (21 Nov 2026)" },
        { "2026-11-21", "report aaj", "2026-11-21", "2026-11-21", "today (21 Nov 2026)" },
        { "2026-11-21", "report yesterday", "2026-11-20", "2026-11-20", "yesterday (20 Nov 2026)" },
        { "2026-11-21", "report kal", "2026-11-20", "2026-11-20", "yesterday (20 Nov 2026)" },
        { "2026-11-21", "report this week", "2026-11-16", "2026-11-22", "this week (16–22 Nov 2026)" },
        { "2026-11-21", "report last week", "2026-11-09", "2026-11-15", "last week (9–15 Nov 2026)" },
        { "2026-11-21", "REPORT   Last   Month", "2026-10-01", "2026-10-31", "October 2026" },
        { "2026-11-21", "summary", "2026-11-01", "2026-11-30", "November 2026" },
        { "2026-11-21", "report for june", "2026-06-01", "2026-06-30", "June 2026" },
        { "2026-11-21", "/report@KhataBot june", "2026-06-01", "2026-06-30", "June 2026" },
        { "2026-11-21", "/report", "2026-11-01", "2026-11-30", "November 2026" },
        { "2026-11-21", "today report", "2026-11-21", "2026-11-21", "today (21 Nov 2026)" },
        // weeks start on Monday: from a Monday and from a Sunday the week is the same
        { "2026-11-16", "report this week", "2026-11-16", "2026-11-22", "this week (16–22 Nov 2026)" },
        { "2026-11-22", "report this week", "2026-11-16", "2026-11-22", "this week (16–22 Nov 2026)" },
        { "2026-11-23", "report last week", "2026-11-16", "2026-11-22", "last week (16–22 Nov 2026)" },
        { "2026-11-01", "report this week", "2026-10-26", "2026-11-01", "this week (26 Oct – 1 Nov 2026)" },
        // the year boundary
        { "2027-01-10", "report december", "2026-12-01", "2026-12-31", "December 2026" },
        { "2027-01-10", "report last month", "2026-12-01", "2026-12-31", "December 2026" },
        { "2027-01-10", "report january", "2027-01-01", "2027-01-31", "January 2027" },
        { "2027-01-01", "report this week", "2026-12-28", "2027-01-03", "this week (28 Dec 2026 – 3 Jan 2027)" },
        { "2027-01-01", "report yesterday", "2026-12-31", "2026-12-31", "yesterday (31 Dec 2026)" },
        { "2027-01-04", "report last week", "2026-12-28", "2027-01-03", "last week (28 Dec 2026 – 3 Jan 2027)" },
        { "2027-01-10", "report last year", "2026-01-01", "2026-12-31", "2026" },
    };

    [Theory]
    [MemberData(nameof(Reports))]
    public void Report_periods_are_whole_days_with_a_label(string today, string message, string from, string to, string label)
    {
        Assert.Equal(new ShowReport(new DateRange(Date(from), Date(to)), label), Parse(message, Date(today)));
    }

    [Theory]
    [InlineData("report june 2027", "June 2027 hasn't happened yet")]
    [InlineData("report 2027", "2027 hasn't happened yet")]
    [InlineData("report december 2026", "December 2026 hasn't happened yet")]
    [InlineData("report blah", "didn't understand that period")]
    [InlineData("report june 1999", "didn't understand that period")]
    [InlineData("report 13", "didn't understand that period")]
    public void Periods_that_are_in_the_future_or_unreadable_are_refused(string message, string expected)
    {
        var reason = Reason(message);
        Assert.Contains(expected, reason);
        Assert.Contains("Try: report june", reason);
    }
}
