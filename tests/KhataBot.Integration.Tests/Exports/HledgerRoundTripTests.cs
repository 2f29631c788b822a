using KhataBot.Core.Exports;
using KhataBot.Core.Parsing;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Exports;

/// <summary>The same check as <see cref="HledgerExportTests"/>, on a book kept by the real ledger commands
/// (credits, payments, an advance, a deleted entry, an undone one), so the export and the balances the
/// handlers keep are checked against each other end to end.</summary>
public sealed class HledgerRoundTripTests
{
    private static DateOnly Nov(int day) => new(2026, 11, day);

    [HledgerFact]
    public async Task A_book_kept_by_the_ledger_commands_balances_in_hledger_to_the_paisa()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAsync(new AddCredit("Tom & Jerry", 500, "sugar; 2kg", Nov(1), Nov(30)));
        await book.RunAsync(new AddCredit("रमेश", 1200.50m, null, Nov(2), null));
        await book.RunAsync(new AddPayment("Tom & Jerry", 200, null, Nov(3)));
        await book.RunAsync(new AddCredit("O'Brien", 300, "line one\nline two", Nov(3), null));
        await book.RunAsync(new AddPayment("O'Brien", 450, "advance | thanks", Nov(4)));
        await book.RunAsync(new AddCredit("A: B", 700, null, Nov(5), null));
        await book.RunAsync(new AddCredit("रमेश", 99, null, Nov(6), null));
        await book.RunAsync(new UndoLast());
        await book.RunAsync(new AddExpense(250, "food", "tea", Nov(5)));
        await book.RunAsync(new AddExpense(1000, "rent", null, Nov(6)));
        await book.RunAsync(new AddIncome(2000, "sales", null, Nov(6)));
        var customers = await book.QueryAsync(db => db.Customers.OrderBy(c => c.Id).Select(c => new { c.Id, c.Name, c.BalancePaise }).ToListAsync());
        Assert.Equal([30000, 120050, -15000, 70000], customers.Select(c => c.BalancePaise));

        var reply = await book.RunAsync(new ExportBook(ExportFormat.Hledger));
        var path = Path.Combine(Path.GetTempPath(), $"khata-{Guid.NewGuid():N}.journal");
        await File.WriteAllBytesAsync(path, Assert.Single(reply.Files).Content);
        try
        {
            var output = await Hledger.RunAsync(path, "bal", "--flat", "--no-total", "-O", "csv");
            var balances = CsvReader.Parse(output.ReplaceLineEndings("\r\n")).Skip(1).ToDictionary(r => r[0], r => Hledger.Paise(r[1]));
            var accounts = HledgerNames.ForCustomers(customers.Select(c => (c.Id, c.Name)));

            Assert.All(customers, c => Assert.Equal(c.BalancePaise, balances.GetValueOrDefault($"assets:receivable:{accounts[c.Id]}")));
            Assert.Equal(125000, balances["expenses:food"] + balances["expenses:rent"]);
            Assert.Equal(20000 + 45000 + 200000 - 125000, balances["assets:cash"]);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
