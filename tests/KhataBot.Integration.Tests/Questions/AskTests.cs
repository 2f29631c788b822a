using KhataBot.Core.Ledger;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Questions;

/// <summary>A message that could mean two things is asked about, and nothing is booked until it is answered.</summary>
public sealed class AskTests
{
    [Fact]
    public async Task An_unclear_entry_is_asked_as_a_numbered_choice_and_books_nothing()
    {
        await using var book = await TestBook.CreateAsync();

        var reply = await book.SendForReplyAsync("Ramesh 500 diya");

        Assert.Contains("udhar or jama", reply.Text);
        Assert.Contains("1) udhar: Ramesh took ₹500", reply.Text);
        Assert.Contains("2) jama: Ramesh paid you ₹500", reply.Text);
        Assert.Contains("Reply 1 or 2", reply.Text);
        Assert.Equal(2, reply.Buttons.Count);
        Assert.All(reply.Buttons, b => Assert.StartsWith("choose ", b.Action));
        Assert.Equal(0, await book.QueryAsync(db => db.Entries.CountAsync()));
    }

    [Fact]
    public async Task The_chosen_number_books_that_reading_once()
    {
        await using var book = await TestBook.CreateAsync();
        await book.SendAsync("add Ramesh 800");
        await book.SendAsync("Ramesh 500 diya");

        var booked = await book.SendAsync("2");
        var again = await book.SendAsync("2");

        Assert.Contains("Ramesh owes ₹300", booked);
        Assert.Contains("no question waiting", again);
        var entry = Assert.Single(await book.QueryAsync(db => db.Entries.Where(e => e.Kind == EntryKind.Payment).ToListAsync()));
        Assert.Equal(50_000, entry.AmountPaise);
    }

    [Fact]
    public async Task A_button_books_its_choice_and_a_second_press_changes_nothing()
    {
        await using var book = await TestBook.CreateAsync();
        var asked = await book.SendForReplyAsync("Ramesh 500");

        var first = await book.SendAsync(asked.Buttons[0].Action);
        var second = await book.SendAsync(asked.Buttons[0].Action);
        var other = await book.SendAsync(asked.Buttons[1].Action);

        Assert.Contains("Ramesh", first);
        Assert.Contains("already answered", second);
        Assert.Contains("already answered", other);
        var entry = Assert.Single(await book.QueryAsync(db => db.Entries.ToListAsync()));
        Assert.Equal(EntryKind.Credit, entry.Kind);
    }

    [Fact]
    public async Task Any_other_message_drops_the_question()
    {
        await using var book = await TestBook.CreateAsync();
        var asked = await book.SendForReplyAsync("Ramesh 500");

        await book.SendAsync("add Suresh 100");
        var late = await book.SendAsync("1");
        var lateButton = await book.SendAsync(asked.Buttons[0].Action);

        Assert.Contains("no question waiting", late);
        Assert.Contains("already answered", lateButton);
        var entry = Assert.Single(await book.QueryAsync(db => db.Entries.ToListAsync()));
        Assert.Equal(100 * 100, entry.AmountPaise);
        Assert.Equal(0, await book.QueryAsync(db => db.PendingQuestions.CountAsync()));
    }

    [Fact]
    public async Task A_message_the_bot_cannot_read_also_drops_the_question()
    {
        await using var book = await TestBook.CreateAsync();
        await book.SendAsync("Ramesh 500");

        await book.SendAsync("blah blah");

        Assert.Contains("no question waiting", await book.SendAsync("1"));
        Assert.Equal(0, await book.QueryAsync(db => db.Entries.CountAsync()));
    }

    [Fact]
    public async Task A_new_question_replaces_the_old_one_and_the_old_buttons_stop_working()
    {
        await using var book = await TestBook.CreateAsync();
        var old = await book.SendForReplyAsync("Ramesh 500");
        await book.SendAsync("Suresh 300");

        Assert.Contains("already answered", await book.SendAsync(old.Buttons[0].Action));
        Assert.Contains("Suresh", await book.SendAsync("1"));
        var entry = Assert.Single(await book.QueryAsync(db => db.Entries.ToListAsync()));
        Assert.Equal(EntryKind.Credit, entry.Kind);
        Assert.Equal(300 * 100, entry.AmountPaise);
    }

    [Fact]
    public async Task The_chosen_entry_can_be_undone()
    {
        await using var book = await TestBook.CreateAsync();
        await book.SendAsync("Ramesh 500");
        await book.SendAsync("1");

        await book.SendAsync("undo");

        Assert.Equal(0, await book.QueryAsync(db => db.Entries.CountAsync(e => e.DeletedAt == null)));
    }

    [Fact]
    public async Task One_chats_question_is_not_answered_from_another_chat()
    {
        await using var book = await TestBook.CreateAsync();
        await book.SendAsync("Ramesh 500", chatId: 1);

        Assert.Contains("no question waiting", await book.SendAsync("1", chatId: 2));
        Assert.Contains("Ramesh", await book.SendAsync("1", chatId: 1));
    }
}
