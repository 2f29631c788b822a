using KhataBot.Core;
using KhataBot.Core.Abstractions;
using KhataBot.Infrastructure;
using KhataBot.Integration.Tests.Ledger.Kit;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KhataBot.Integration.Tests.Engine;

/// <summary>Two instances' writers on one PostgreSQL book at once (a hosted bot with several instances): the
/// keys, not one writer, keep it right, and no shopkeeper is told "that did not work" for losing a race.</summary>
public sealed class TwoWritersTests
{
    [PostgresFact]
    public async Task Two_writers_booking_in_one_shop_at_once_number_every_entry_once_and_book_every_message()
    {
        await using var book = await TestBook.CreateAsync();
        await book.SendAsync("add Ramesh 1 first");
        await using var other = SecondInstance(book);
        var engines = new[] { book.Engine, other.GetRequiredService<KhataEngine>() };

        // Both also open the same new customer at the same moment.
        var sends = engines.Select(e => e.HandleAsync(new IncomingMessage(TestBook.ChatId, "Owner", "add Suresh 7 tea"), CancellationToken.None))
            .Concat(Enumerable.Range(1, 60).Select(i =>
                engines[i % 2].HandleAsync(new IncomingMessage(TestBook.ChatId, "Owner", $"add Ramesh {i} item"), CancellationToken.None)))
            .ToList();
        var replies = await Task.WhenAll(sends);

        Assert.All(replies, r => Assert.Equal(MessageOutcome.Applied, r.Outcome));
        Assert.All(replies, r => Assert.StartsWith("#", r.Text.Split('\n')[^1].TrimStart()));
        var numbers = await book.QueryAsync(db => db.Entries.OrderBy(e => e.Number).Select(e => e.Number).ToListAsync());
        Assert.Equal(Enumerable.Range(1, 63), numbers);
        Assert.Equal(1, await book.QueryAsync(db => db.Customers.CountAsync(c => c.Name == "Suresh")));
        Assert.Contains("Suresh owes ₹14", await book.SendAsync("balance Suresh"));
        await LedgerAssert.BooksAddUpAsync(book);
    }

    /// <summary>Another process's engine on the same database, as a second instance has.</summary>
    private static ServiceProvider SecondInstance(TestBook book)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(book.Clock);
        services.AddKhataCore();
        services.AddKhataData(book.Database.ConnectionString, book.Database.Provider);
        return services.BuildServiceProvider();
    }
}
