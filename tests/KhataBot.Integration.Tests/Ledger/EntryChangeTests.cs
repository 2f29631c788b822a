using KhataBot.Integration.Tests.Ledger.Kit;
using KhataBot.Integration.Tests.Support;
using static KhataBot.Integration.Tests.Ledger.Kit.Say;

namespace KhataBot.Integration.Tests.Ledger;

/// <summary>"edit #4 due/date/note", "edit #4 450 sugar", "move #4 to Suresh", "delete last", typed as a shopkeeper would.</summary>
public sealed class EntryChangeTests
{
    [Fact]
    public async Task Edit_due_moves_the_due_date_is_audited_and_undone()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 500, "rice", due: Nov(25)));

        Assert.Equal("Changed #1's due date from 25 Nov to 10 Dec.\n#1 Ramesh +₹500 rice, due 10 Dec. Ramesh owes ₹500.", await book.SendAsync("edit #1 due 10 dec"));
        Assert.Equal(new DateOnly(2026, 12, 10), (await book.EntryAsync(1)).DueDate);
        var record = (await book.AuditAsync()).Last();
        Assert.Equal(("entry.change", "Edited #1 Ramesh +₹500 rice, due 10 Dec (due date was 25 Nov)"), (record.Action, record.Summary));
        Assert.Contains("(due 10 Dec)", await book.SendAsync("history Ramesh"));

        Assert.Equal("Undone: change of #1. #1 Ramesh +₹500 rice, due 25 Nov. Ramesh owes ₹500.", await book.SendAsync("undo"));
        Assert.Equal(Nov(25), (await book.EntryAsync(1)).DueDate);
    }

    [Fact]
    public async Task A_new_due_date_spreads_payments_over_the_dues_again()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 500, due: Nov(25)), Credit("Ramesh", 300, due: Nov(28)), Pay("Ramesh", 300));

        await book.SendAsync("edit #2 due 23 nov");

        Assert.Equal(30_000, (await book.EntryAsync(2)).DuePaidPaise);
        Assert.Equal(0, (await book.EntryAsync(1)).DuePaidPaise);
        await LedgerAssert.BooksAddUpAsync(book);
        await book.SendAsync("undo");
        Assert.Equal(30_000, (await book.EntryAsync(1)).DuePaidPaise);
        await LedgerAssert.BooksAddUpAsync(book);
    }

    [Fact]
    public async Task Edit_date_and_note_change_only_that_and_undo_puts_them_back()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 500, "rice"), Spent(300, "food", "tea"));

        Assert.Equal("Changed #1's date from 21 Nov to 20 Nov.\n#1 Ramesh +₹500 rice, on 20 Nov. Ramesh owes ₹500.", await book.SendAsync("edit #1 date 20 nov"));
        Assert.Equal("Changed #2's note from tea to chai and samosa.\n#2 Spent ₹300 on food (chai and samosa).", await book.SendAsync("edit #2 note chai and samosa"));
        Assert.Equal("Undone: change of #2. #2 Spent ₹300 on food (tea).", await book.SendAsync("undo"));
        Assert.Equal("Undone: change of #1. #1 Ramesh +₹500 rice. Ramesh owes ₹500.", await book.SendAsync("undo"));
    }

    [Fact]
    public async Task Changes_that_make_no_sense_change_nothing()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 500, due: Nov(15), date: Nov(10)), Spent(300, "food"), Pay("Ramesh", 100));

        Assert.StartsWith("Only udhar (credit) entries have a due date, and #2 is not one.", await book.SendAsync("edit #2 due 10 dec"));
        Assert.StartsWith("Only udhar (credit) entries have a due date, and #3 is not one.", await book.SendAsync("edit #3 due 10 dec"));
        Assert.StartsWith("#1 is due on 15 Nov, so its date cannot be after that.", await book.SendAsync("edit #1 date 20 nov"));
        Assert.StartsWith("The due date (5 Nov) would be before #1's date (10 Nov).", await book.Run(new Core.Parsing.ChangeEntry(1, null, null, Nov(5))));
        Assert.Equal("#1 already says that: #1 Ramesh +₹500, on 10 Nov, due 15 Nov.", await book.SendAsync("edit #1 date 10 nov"));
        Assert.StartsWith("There is no entry #9 in this book.", await book.SendAsync("edit #9 note x"));
        Assert.Equal(3, (await book.AuditAsync()).Count);
    }

    [Fact]
    public async Task Edit_amount_and_note_in_one_message()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 500, "rice"));

        Assert.Equal("Changed #1 from ₹500 to ₹450.\n#1 Ramesh +₹450 sugar. Ramesh owes ₹450.", await book.SendAsync("edit #1 450 sugar"));
    }

    [Fact]
    public async Task Move_takes_an_entry_to_the_right_khata_and_undo_takes_it_back()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 500), Credit("Suresh", 100), Credit("Ramesh", 200, "atta", due: Nov(30)));

        Assert.Equal("Moved #3 from Ramesh to Suresh.\n#3 Suresh +₹200 atta, due 30 Nov. Suresh owes ₹300. Ramesh owes ₹500.", await book.SendAsync("move #3 to Suresh"));
        Assert.Contains("#3 +₹200 atta (due 30 Nov)", await book.SendAsync("history Suresh"));
        var record = (await book.AuditAsync()).Last();
        Assert.Equal(("entry.move", "Moved #3 Suresh +₹200 atta, due 30 Nov from Ramesh"), (record.Action, record.Summary));
        await LedgerAssert.BooksAddUpAsync(book);

        Assert.Equal("Undone: #3 is Ramesh's again. Ramesh owes ₹700. Suresh owes ₹100.", await book.SendAsync("undo"));
        await LedgerAssert.BooksAddUpAsync(book);
    }

    [Fact]
    public async Task Move_to_an_unknown_name_offers_the_close_ones_and_an_expense_cannot_move()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 500), Credit("Suresh", 100), Spent(50, "food"));

        var reply = await book.SendForReplyAsync("move #1 to Suersh");
        Assert.Equal("No customer 'Suersh'. Did you mean Suresh?", reply.Text);
        Assert.Equal("move #1 to Suresh", Assert.Single(reply.Buttons).Action);
        Assert.Equal("#1 is already Ramesh's. Nothing was changed.", await book.SendAsync("move #1 to ramesh"));
        Assert.StartsWith("#3 is not a customer's entry", await book.SendAsync("move #3 to Suresh"));
        Assert.Equal(3, (await book.AuditAsync()).Count);
    }

    [Fact]
    public async Task Delete_last_deletes_the_newest_entry_and_undo_brings_it_back()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 500), Spent(300, "food", "tea"), new Core.Parsing.DeleteEntry(2));

        Assert.Equal("Deleted #1 Ramesh +₹500. Ramesh is all clear.", await book.SendAsync("delete last"));
        Assert.Equal("There is no entry to delete.", await book.SendAsync("delete last"));
        Assert.Equal("Undone: delete of #1, it is back. #1 Ramesh +₹500. Ramesh owes ₹500.", await book.SendAsync("undo"));
    }

    [Fact]
    public async Task Staff_fix_only_their_own_entries()
    {
        await using var book = await TestBook.CreateAsync();
        await book.HelperJoinsAsync();
        await book.FromOwnerAsync("add Ramesh 500");
        await book.FromOwnerAsync("add Suresh 100");
        await book.FromHelperAsync("add Ramesh 50 tea");
        await book.FromOwnerAsync("add Suresh 70");

        const string others = "Only the owner can change #1: staff can fix only their own entries. Nothing was changed.";
        Assert.Equal(others, await book.FromHelperAsync("edit #1 note sugar"));
        Assert.Equal(others, await book.FromHelperAsync("move #1 to Suresh"));
        Assert.StartsWith("Changed #3's note from tea to chai.", await book.FromHelperAsync("edit #3 note chai"));
        Assert.StartsWith("Moved #3 from Ramesh to Suresh.", await book.FromHelperAsync("move #3 to Suresh"));
        // The newest entry is the owner's #4; the helper's "delete last" takes their own #3.
        Assert.StartsWith("Deleted #3 Suresh +₹50 chai.", await book.FromHelperAsync("delete last"));
        Assert.Equal("You have no entry of your own to delete.", await book.FromHelperAsync("delete last"));
        Assert.Null((await book.EntryAsync(4, OwnerAndHelper.Owner)).DeletedAt);
    }
}
