using KhataBot.Core.Parsing;
using KhataBot.Core.Recurring;
using static KhataBot.Core.Tests.Parsing.ParserTestKit;

namespace KhataBot.Core.Tests.Parsing;

public class RecurringParsingTests
{
    [Fact]
    public void Every_month_rent_on_the_first_is_a_monthly_expense()
    {
        var recurring = Assert.IsType<AddRecurring>(Parse("every month rent 5000 on 1st"));
        Assert.Equal((RecurEvery.Month, 1), (recurring.Every, recurring.Day));
        var expense = Assert.IsType<AddExpense>(recurring.Inner);
        Assert.Equal((5000m, "rent"), (expense.Amount, expense.Category));
    }

    [Fact]
    public void Har_mahine_tarikh_ko_kiraya_is_the_same_in_Hinglish()
    {
        var recurring = Assert.IsType<AddRecurring>(Parse("har mahine 1 tarikh ko kiraya 5000"));
        Assert.Equal((RecurEvery.Month, 1), (recurring.Every, recurring.Day));
        Assert.Equal((5000m, "rent"), (((AddExpense)recurring.Inner).Amount, ((AddExpense)recurring.Inner).Category));
        Assert.Equal(15, ((AddRecurring)Parse("har mahine 15 tarikh ko bijli 900")).Day);
    }

    [Theory]
    [InlineData("every week salary 3000 on saturday", DayOfWeek.Saturday)]
    [InlineData("every monday salary 3000", DayOfWeek.Monday)]
    [InlineData("har hafte shanivar ko salary 3000", DayOfWeek.Saturday)]
    public void Weekly_entries_name_their_weekday(string message, DayOfWeek day)
    {
        var recurring = Assert.IsType<AddRecurring>(Parse(message));
        Assert.Equal((RecurEvery.Week, (int)day), (recurring.Every, recurring.Day));
        Assert.Equal("salary", Assert.IsType<AddExpense>(recurring.Inner).Category);
    }

    [Fact]
    public void An_inner_verb_makes_income_or_credit_and_daily_has_no_day()
    {
        Assert.IsType<AddIncome>(((AddRecurring)Parse("every month income 8000 rent on 5th")).Inner);
        Assert.Equal(new AddCredit("Ramesh", 60, "milk", Today, null), ((AddRecurring)Parse("daily add Ramesh 60 milk")).Inner);
        Assert.Equal(RecurEvery.Day, ((AddRecurring)Parse("roz doodh 60")).Every);
    }

    [Theory]
    [InlineData("every month", "What is the entry?")]
    [InlineData("every month rent 5000 on 32nd", "A month has no day 32.")]
    [InlineData("every year rent 5000", "How often?")]
    public void Recurring_problems_show_the_form(string message, string problem)
    {
        var reason = Reason(message);
        Assert.Contains(problem, reason);
    }

    [Fact]
    public void List_and_cancel()
    {
        Assert.IsType<ShowRecurring>(Parse("recurring"));
        Assert.Equal(new CancelRecurring(2), Parse("cancel recurring 2"));
        Assert.Equal(new CancelRecurring(1), Parse("recurring off 1"));
    }

    [Fact]
    public void Recurring_writes_the_inner_parse_every_and_day()
    {
        var json = CommandJson.ToJson(Parse("every month rent 5000 on 1st"));
        Assert.StartsWith("""{"intent":"recurring","customer":null,"amount":null,""", json);
        Assert.EndsWith(""","command":{"intent":"expense","customer":null,"amount":5000,"note":null,"category":"rent","date":"2026-11-21","due":null,"period":null,"error":null,"entry":null,"phone":null,"address":null,"format":null},"every":"month","day":1}""", json);
        Assert.EndsWith(""","every":"week","day":"saturday"}""", CommandJson.ToJson(Parse("every week salary 3000 on saturday")));
    }
}

public class RecurDaysTests
{
    [Theory]
    [InlineData(RecurEvery.Month, 1, "2026-11-21", "2026-12-01")]
    [InlineData(RecurEvery.Month, 21, "2026-11-21", "2026-12-21")]
    [InlineData(RecurEvery.Month, 25, "2026-11-21", "2026-11-25")]
    [InlineData(RecurEvery.Month, 31, "2026-11-21", "2026-11-30")]
    [InlineData(RecurEvery.Month, 31, "2026-11-30", "2026-12-31")]
    [InlineData(RecurEvery.Month, 30, "2027-01-31", "2027-02-28")]
    [InlineData(RecurEvery.Week, 6, "2026-11-21", "2026-11-28")] // Saturday after a Saturday
    [InlineData(RecurEvery.Week, 1, "2026-11-21", "2026-11-23")]
    [InlineData(RecurEvery.Day, 0, "2026-11-21", "2026-11-22")]
    public void The_next_day_is_strictly_after(RecurEvery every, int day, string after, string expected)
    {
        Assert.Equal(Date(expected), RecurDays.After(every, day, Date(after)));
    }
}
