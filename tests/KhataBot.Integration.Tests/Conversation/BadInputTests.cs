using KhataBot.Core;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Conversation;

public sealed class BadInputTests
{
    public static TheoryData<string> BadMessages => new()
    {
        "",
        "   ",
        "\t\n",
        new string('x', 4000),
        "add Ramesh " + new string('9', 4000),
        "🙂🙂🙂",
        "add 🙂 500",
        "add Ramesh -500",
        "add Ramesh 0",
        "add Ramesh 0.00",
        "add Ramesh 5.555",
        "add Ramesh 10,00,00,001",
        "add Ramesh 99999999999999999999999999999999",
        "add Ramesh 12abc",
        "add Ramesh",
        "add 500",
        "add 12345 500",
        "paid 200",
        "paid Ramesh 1e5",
        "add Ramesh 500 on 31/02/2026",
        "add Ramesh 500 due 1 jan 2020",
        "'; DROP TABLE Entries; --",
        "delete #abc",
        "edit #1",
        "report someday",
        "budget 5000",
        "budget food -1",
        "add " + new string('a', 61) + " 500",
        "add Ramesh 500 " + new string('n', 201),
    };

    [Theory]
    [MemberData(nameof(BadMessages))]
    public async Task Bad_input_gets_a_short_specific_reply_and_changes_nothing(string message)
    {
        await using var book = await TestBook.CreateAsync();
        await book.SendAsync("add Ramesh 500 groceries");
        var before = await SnapshotAsync(book);

        var reply = await book.SendAsync(message);

        Assert.False(string.IsNullOrWhiteSpace(reply));
        Assert.NotEqual(KhataEngine.SomethingWentWrong, reply);
        Assert.True(reply.Length < 600, $"Reply too long for a phone: {reply}");
        Assert.Equal(before, await SnapshotAsync(book));
    }

    [Fact]
    public async Task Sql_looking_text_is_only_text()
    {
        await using var book = await TestBook.CreateAsync();
        await book.SendAsync("add Ramesh 500");

        var reply = await book.SendAsync("add Robert'); DROP TABLE Customers;-- 500");

        Assert.NotEqual(KhataEngine.SomethingWentWrong, reply);
        Assert.Contains("Ramesh", await book.SendAsync("balances"));
        Assert.Contains(await book.QueryAsync(db => db.Customers.Select(c => c.Name).ToListAsync()), name => name == "Ramesh");
    }

    [Fact]
    public async Task Control_characters_are_cleaned_out_of_names()
    {
        await using var book = await TestBook.CreateAsync();

        var reply = await book.SendAsync("add\u0000Ramesh\u0007 500");

        Assert.Contains("#1 Ramesh +₹500", reply);
        Assert.Equal(["Ramesh"], await book.QueryAsync(db => db.Customers.Select(c => c.Name).ToListAsync()));
    }

    [Fact]
    public async Task Devanagari_names_work_end_to_end()
    {
        await using var book = await TestBook.CreateAsync();

        Assert.Contains("रमेश", await book.SendAsync("add रमेश 500 आटा"));
        Assert.Contains("₹300", await book.SendAsync("paid रमेश 200"));
    }

    private static Task<string> SnapshotAsync(TestBook book) => book.QueryAsync(async db =>
        string.Join('|',
            await db.Entries.IgnoreQueryFilters().CountAsync(),
            await db.Customers.IgnoreQueryFilters().CountAsync(),
            await db.AuditRecords.CountAsync(),
            await db.Budgets.CountAsync(),
            string.Join(',', await db.Customers.Select(c => c.BalancePaise).ToListAsync()),
            string.Join(',', await db.Shops.Select(s => s.LastEntryNumber).ToListAsync())));
}
