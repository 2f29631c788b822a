using System.Text;
using KhataBot.Core.Exports;
using KhataBot.Core.Parsing;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Exports;

/// <summary>The journal is checked by the real hledger: if it parses it the way we meant, every customer's
/// receivable equals the bot's balance to the paisa.</summary>
public sealed class HledgerExportTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "khatabot-hledger", Guid.NewGuid().ToString("N"));
    private TestBook _book = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        _book = await TestBook.CreateAsync();
        await TrickyBook.FillAsync(_book);
    }

    public async Task DisposeAsync()
    {
        await _book.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task The_reply_carries_a_journal_file()
    {
        var reply = await _book.RunAsync(new ExportBook(ExportFormat.Hledger));

        Assert.Equal("Exported 11 entries to khata-2026-11-21.journal.", reply.Text);
        var file = Assert.Single(reply.Files);
        Assert.Equal("khata-2026-11-21.journal", file.FileName);
        Assert.NotEqual(0xEF, file.Content[0]);
        var text = Encoding.UTF8.GetString(file.Content);
        Assert.Contains(
            "\n2026-11-01 credit Tom & Jerry - sugar, 2kg #1\n    ; due: 2026-11-30\n    assets:receivable:Tom & Jerry  INR 500.00\n    income:sales  INR -500.00\n",
            text);
        Assert.Contains("\n2026-11-04 payment O'Brien - advance, thanks / ok #5\n    assets:cash  INR 450.00\n    assets:receivable:O'Brien  INR -450.00\n", text);
        Assert.Contains("\n2026-11-05 expense food - tea * (staff) #8\n    expenses:food  INR 250.00\n    assets:cash  INR -250.00\n", text);
        Assert.Contains("\n2026-11-06 income sales - =1+1 #10\n    assets:cash  INR 2000.00\n    income:sales  INR -2000.00\n", text);
    }

    [HledgerFact]
    public async Task Every_customer_balance_in_hledger_equals_the_bots_to_the_paisa()
    {
        var journal = await ExportAsync();
        var customers = await _book.QueryAsync(db => db.Customers.OrderBy(c => c.Id).Select(c => new { c.Id, c.Name, c.BalancePaise }).ToListAsync());
        var accounts = HledgerNames.ForCustomers(customers.Select(c => (c.Id, c.Name)));

        var output = await Hledger.RunAsync(journal, "bal", "assets:receivable", "--flat", "--no-total", "-O", "csv");
        var balances = CsvReader.Parse(output.ReplaceLineEndings("\r\n")).Skip(1)
            .ToDictionary(r => r[0], r => Hledger.Paise(r[1]));

        Assert.Equal(6, customers.Count);
        foreach (var customer in customers)
        {
            var account = $"assets:receivable:{accounts[customer.Id]}";
            Assert.Equal(customer.BalancePaise, balances.GetValueOrDefault(account));
        }

        // Exactly these accounts, so no name was split into sub-accounts or merged with another.
        Assert.Equal(
            new[] { "(Raju)", "A B", "A B (2)", "O'Brien", "Tom & Jerry", "रमेश" }.Select(n => $"assets:receivable:{n}").Order(StringComparer.Ordinal),
            balances.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(-15000, balances["assets:receivable:O'Brien"]);
        Assert.Equal(120050, balances["assets:receivable:रमेश"]);
    }

    [HledgerFact]
    public async Task Expenses_income_and_cash_in_hledger_match_the_book()
    {
        var journal = await ExportAsync();
        var expected = await _book.QueryAsync(db => db.Entries
            .Where(e => e.DeletedAt == null && e.Kind == Core.Ledger.EntryKind.Expense)
            .SumAsync(e => e.AmountPaise));

        var output = await Hledger.RunAsync(journal, "bal", "--flat", "--no-total", "-O", "csv");
        var balances = CsvReader.Parse(output.ReplaceLineEndings("\r\n")).Skip(1).ToDictionary(r => r[0], r => Hledger.Paise(r[1]));

        Assert.Equal(125000, expected);
        Assert.Equal(expected, balances["expenses:food"] + balances["expenses:rent"]);
        Assert.Equal(-200000 - (50000 + 120050 + 30000 + 70000 + 10000 + 5000), balances["income:sales"]);
        Assert.Equal(140000, balances["assets:cash"]);
    }

    [HledgerFact]
    public async Task Notes_never_break_the_journal_syntax()
    {
        var journal = await ExportAsync();

        var output = await Hledger.RunAsync(journal, "print", "-O", "csv");
        var postings = CsvReader.Parse(output.ReplaceLineEndings("\r\n")).Skip(1).ToList();
        var transactions = postings.GroupBy(p => p[0]).Select(g => g.First()).ToList();

        // Every live entry became one balanced transaction whose whole description hledger read
        // (a ';' in it would have cut it short into a comment), with no status or code taken from a note.
        Assert.Equal(TrickyBook.LiveEntries, transactions.Count);
        Assert.All(postings.GroupBy(p => p[0]), t => Assert.Equal(2, t.Count()));
        Assert.Equal(Enumerable.Range(1, TrickyBook.LiveEntries), transactions.Select(t => int.Parse(t[5][(t[5].LastIndexOf('#') + 1)..])).Order());
        Assert.All(transactions, t => Assert.Equal("", t[3]));
        Assert.All(transactions, t => Assert.Equal("", t[4]));
        Assert.Equal(["due: 2026-11-30"], transactions.Select(t => t[6]).Where(c => c.Length > 0));
        Assert.Contains(transactions, t => t[5] == "credit A: B - , starts like a comment #6");
        Assert.Contains(transactions, t => t[5] == "credit O'Brien - line one line two #4");
        Assert.Contains(transactions, t => t[5] == "credit (Raju) - * cleared tab #11");
    }

    private async Task<string> ExportAsync()
    {
        var file = Assert.Single((await _book.RunAsync(new ExportBook(ExportFormat.Hledger))).Files);
        var path = Path.Combine(_directory, file.FileName);
        await File.WriteAllBytesAsync(path, file.Content);
        return path;
    }
}
