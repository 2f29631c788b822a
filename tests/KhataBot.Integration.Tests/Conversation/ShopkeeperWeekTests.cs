using KhataBot.Integration.Tests.Ledger.Kit;
using KhataBot.Integration.Tests.Support;

namespace KhataBot.Integration.Tests.Conversation;

/// <summary>
/// A week of a shop as the shopkeeper types it: credits, payments, dues, a typo, budgets, undo, fixes,
/// reports and exports, with the clock moving. Figures are worked out by hand beside each message.
/// </summary>
public sealed class ShopkeeperWeekTests
{
    [Fact]
    public async Task A_week_of_messages_keeps_a_correct_book()
    {
        // Monday 16 Nov 2026, 10:00 in India.
        await using var book = await TestBook.CreateAsync(new DateTimeOffset(2026, 11, 16, 10, 0, 0, TimeSpan.FromHours(5.5)));

        Assert.Equal("New customer Ramesh.\n#1 Ramesh +₹500 groceries. Ramesh owes ₹500.", await book.SendAsync("add Ramesh 500 groceries"));
        Assert.Contains("#2 Suresh Kumar +₹1,200 atta, due 20 Nov. Suresh Kumar owes ₹1,200.", await book.SendAsync("udhar Suresh Kumar 1,200 atta due friday"));
        Assert.Equal("#3 Ramesh +₹250. Ramesh owes ₹750.", await book.SendAsync("Ramesh 250 udhar"));
        Assert.Equal("No customer 'Rmesh'. Did you mean Ramesh?\n1) Ramesh\nReply 1 to book it. Nothing is booked until you choose.", await book.SendAsync("paid Rmesh 200"));
        Assert.Equal("#4 Ramesh paid ₹200. Ramesh owes ₹550.", await book.SendAsync("paid Ramesh 200"));

        // Tuesday: spending against a budget, and a mistake undone.
        book.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal("#5 Spent ₹300 on food (tea).", await book.SendAsync("spent 300 tea"));
        Assert.Contains("Budget set: food ₹1,000 a month.", await book.SendAsync("budget food 1000"));
        Assert.Contains("Food this month: ₹900 of ₹1,000 (90%), close to the budget.", await book.SendAsync("kharcha 600 lunch"));
        Assert.Equal("Undone: #6 Spent ₹600 on food (lunch).", await book.SendAsync("undo"));
        Assert.Equal("#7 Income ₹2,000 from sales.", await book.SendAsync("sale 2k"));

        // Thursday: Suresh pays part of his due, a back-dated credit, and a wrong amount fixed.
        book.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal("#8 Suresh Kumar paid ₹700. Suresh Kumar owes ₹500.", await book.SendAsync("received 700 from Suresh Kumar"));
        Assert.Contains("#9 Ramesh +₹1,00,000", await book.SendAsync("add Ramesh 1 lakh fridge yesterday"));
        Assert.Contains("Ramesh owes ₹650.", await book.SendAsync("edit #9 100"));   // 550 + 100
        Assert.Contains("Ramesh owes ₹550.", await book.SendAsync("delete #9"));

        // Saturday: Suresh's due is a day late and part paid; Ramesh pays more than he owes.
        book.Clock.Advance(TimeSpan.FromDays(2));
        var suresh = await book.SendAsync("balance suresh kumar");
        Assert.Contains("Suresh Kumar owes ₹500.", suresh);
        Assert.Contains("₹500 due 20 Nov (part paid, overdue 1 day)", suresh);
        Assert.Equal("#10 Ramesh paid ₹600. Ramesh has ₹50 advance.", await book.SendAsync("jama Ramesh 600"));

        var balances = await book.SendAsync("dues");
        Assert.Contains("1 customer owes you ₹500:\nSuresh Kumar ₹500", balances);
        Assert.Contains("Ramesh ₹50", balances);

        var report = await book.SendAsync("report this week");
        Assert.Contains("Credit given: ₹1,950 (3 entries)", report);     // 500 + 1,200 + 250; #9 was deleted
        Assert.Contains("Payments received: ₹1,500 (3 entries)", report); // 200 + 700 + 600
        Assert.Contains("food: ₹300 (100%)", report);
        Assert.Contains("Net cash: +₹3,200", report);                     // 2,000 + 1,500 − 300

        var export = await book.SendForReplyAsync("export");
        var csv = System.Text.Encoding.UTF8.GetString(Assert.Single(export.Files).Content);
        Assert.Equal(9, csv.TrimEnd().Split('\n').Length); // header + 8 live entries (#6 undone, #9 deleted)

        await LedgerAssert.BooksAddUpAsync(book);
    }

    [Fact]
    public async Task Report_december_in_january_is_last_year_december()
    {
        await using var book = await TestBook.CreateAsync(new DateTimeOffset(2026, 12, 30, 18, 0, 0, TimeSpan.FromHours(5.5)));
        await book.SendAsync("add Ramesh 500");
        book.Clock.Advance(TimeSpan.FromDays(5)); // 4 Jan 2027

        var report = await book.SendAsync("report december");

        Assert.Contains("December 2026", report);
        Assert.Contains("Credit given: ₹500", report);
    }
}
