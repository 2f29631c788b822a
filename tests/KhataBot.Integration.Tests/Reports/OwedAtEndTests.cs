using KhataBot.Core.Reports;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static KhataBot.Integration.Tests.Reports.NovemberBook;

namespace KhataBot.Integration.Tests.Reports;

public sealed class OwedAtEndTests
{
    /// <summary>Going back from today's balances and adding up from the first entry must agree on every day,
    /// because the report picks whichever reads fewer entries.</summary>
    [Fact]
    public async Task Both_ways_of_working_out_balances_agree_on_every_day()
    {
        await using var book = await TestBook.CreateAsync();
        await FillAsync(book);
        var shopId = await book.QueryAsync(db => db.Shops.Where(s => s.ChatId == TestBook.ChatId).Select(s => s.Id).SingleAsync());

        for (var day = Oct(1); day <= Nov(30); day = day.AddDays(1))
        {
            var end = day;
            var back = await book.QueryAsync(db => OwedAtEnd.PerCustomer(db, shopId, end, fromStart: false).OrderBy(c => c.Id).Select(c => c.Paise).ToListAsync());
            var forward = await book.QueryAsync(db => OwedAtEnd.PerCustomer(db, shopId, end, fromStart: true).OrderBy(c => c.Id).Select(c => c.Paise).ToListAsync());
            Assert.Equal(back, forward);
        }
    }

    [Fact]
    public async Task Balances_at_a_day_early_in_the_book_are_right()
    {
        await using var book = await TestBook.CreateAsync();
        await FillAsync(book);
        var shopId = await book.QueryAsync(db => db.Shops.Where(s => s.ChatId == TestBook.ChatId).Select(s => s.Id).SingleAsync());

        // 16 Oct is nearer the first entry (10 Oct) than the last (12 Nov): this is added up from the start.
        var owed = await book.QueryAsync(db => OwedAtEnd.LoadAsync(db, shopId, Oct(16), CancellationToken.None));

        Assert.Equal(300000, owed.NetPaise);
        Assert.Equal(0, owed.AdvancePaise);
        Assert.Equal([new NamedSum("Suresh", 200000), new NamedSum("Ramesh", 100000)], owed.Top);
    }
}
