using System.Text.RegularExpressions;
using KhataBot.Core.Ledger;
using KhataBot.Core.Money;
using KhataBot.Core.Parsing;
using KhataBot.Integration.Tests.Ledger.Kit;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static KhataBot.Integration.Tests.Ledger.Kit.Say;

namespace KhataBot.Integration.Tests.Statements;

/// <summary>What a statement PDF shows, read back with pdftotext and pdfinfo as a reader's program would.</summary>
public sealed class StatementPdfTests
{
    private static DateOnly May(int day) => new(2026, 5, day);

    private static DateOnly Jun(int day) => new(2026, 6, day);

    /// <summary>Two entries before June (the opening balance), four in it (one written late but dated
    /// earlier), one after it; two credits with due dates, one of them part paid.</summary>
    private static async Task<TestBook> JuneBookAsync()
    {
        var book = await NewBookAsync();
        await book.RunAll(
            new SetShopName("Sharma General Store"),
            Credit("Ramesh", 1000.50m, "rice", date: May(10)), // #1
            Pay("Ramesh", 200m, date: May(20)), // #2
            Credit("Ramesh", 750.25m, "sugar", due: Jun(30), date: Jun(3)), // #3
            Pay("Ramesh", 300m, "cash", date: Jun(12)), // #4
            Credit("Ramesh", 120_000m, "wedding order", due: new DateOnly(2026, 12, 15), date: Jun(20)), // #5
            Credit("Ramesh", 49.99m, "soap", date: Jun(5)), // #6: back-dated between #3 and #4
            Credit("Ramesh", 500m, date: new DateOnly(2026, 7, 2)), // #7: after June
            new SetPhone("Ramesh", "+919876543210"));
        return book;
    }

    [PdfFact]
    public async Task A_monthly_statement_reads_back_with_the_books_figures_to_the_paisa()
    {
        await using var book = await JuneBookAsync();

        var reply = await book.SendForReplyAsync("statement Ramesh june pdf");

        Assert.Equal("Statement for Ramesh, June 2026: owes ₹1,21,300.74.", reply.Text);
        var file = Assert.Single(reply.Files);
        Assert.Equal(("statement-ramesh-2026-06.pdf", "application/pdf"), (file.FileName, file.MediaType));
        var text = string.Join('\n', await PdfTools.PagesAsync(file.Content));
        Assert.Contains("Sharma General Store", text);
        Assert.Contains("Customer: Ramesh", text);
        Assert.Contains("Phone: +919876543210", text);
        Assert.Contains("Period: June 2026 (1 Jun 2026 – 30 Jun 2026)", text);
        Assert.EndsWith("₹800.50", Line(text, "Opening balance"));

        // Every June entry, in date order, with the running balance the book gives.
        var entries = await book.QueryAsync(db => db.Entries.Where(e => e.DeletedAt == null).OrderBy(e => e.Date).ThenBy(e => e.Number).ToListAsync());
        var table = text[..text.IndexOf("Open dues", StringComparison.Ordinal)];
        var running = 0L;
        var shown = new List<int>();
        foreach (var entry in entries)
        {
            running += entry.BalanceEffectPaise;
            if (entry.Date.Month != 6) continue;
            var line = Line(table, $"#{entry.Number}");
            Assert.Contains(IndianMoney.FormatPaise(entry.AmountPaise), line);
            Assert.EndsWith(IndianMoney.FormatPaise(running), line);
            shown.Add(entry.Number);
        }

        Assert.Equal([3, 6, 4, 5], shown);
        Assert.DoesNotContain(text.Split('\n'), l => Regex.IsMatch(l, @"\s#[127]\s"));
        Assert.EndsWith("₹1,20,800.24   ₹300   ₹1,21,300.74", Squeeze(Line(text, "Closing balance")));
    }

    [PdfFact]
    public async Task Open_dues_are_listed_with_their_due_dates_and_what_is_left()
    {
        await using var book = await JuneBookAsync();

        var file = Assert.Single((await book.SendForReplyAsync("statement Ramesh june pdf")).Files);

        var text = string.Join('\n', await PdfTools.PagesAsync(file.Content));
        var dues = text[text.IndexOf("Open dues (as of 21 Nov 2026)", StringComparison.Ordinal)..];
        // Payments (₹500 in all) settle the earliest due first: ₹250.25 of #3 is left, and all of #5.
        Assert.Equal("30 Jun 2026 #3 3 Jun 2026 ₹250.25 part paid, overdue 144 days", Squeeze(Line(dues, "30 Jun 2026 ", "#3 ")).Replace("   ", " "));
        Assert.Equal("15 Dec 2026 #5 20 Jun 2026 ₹1,20,000", Squeeze(Line(dues, "15 Dec 2026 ", "#5 ")).Replace("   ", " "));
    }

    [PdfFact]
    public async Task Without_a_period_the_statement_covers_everything_from_a_zero_opening_balance()
    {
        await using var book = await JuneBookAsync();

        var reply = await book.SendForReplyAsync("statement Ramesh pdf");

        Assert.Equal("Statement for Ramesh, all entries to 21 Nov 2026: owes ₹1,21,800.74.", reply.Text);
        var file = Assert.Single(reply.Files);
        Assert.Equal("statement-ramesh-2026-11-21.pdf", file.FileName);
        var text = string.Join('\n', await PdfTools.PagesAsync(file.Content));
        Assert.Contains("Period: All entries up to 21 Nov 2026", text);
        Assert.EndsWith("₹0", Line(text, "Opening balance"));
        Assert.EndsWith("₹800.50", Line(text, "#2 "));
        Assert.EndsWith("₹1,21,800.74", Line(text, "Closing balance"));
    }

    [PdfFact]
    public async Task The_rupee_sign_and_a_Devanagari_name_come_back_from_the_pdf()
    {
        await using var book = await NewBookAsync();
        await book.RunAll(Credit("रमेश", 1200m, "चीनी"));

        var reply = await book.SendForReplyAsync("statement रमेश pdf");

        Assert.Equal("Statement for रमेश, all entries to 21 Nov 2026: owes ₹1,200.", reply.Text);
        var file = Assert.Single(reply.Files);
        Assert.Equal("statement-रमेश-2026-11-21.pdf", file.FileName);
        var text = string.Join('\n', await PdfTools.PagesAsync(file.Content));
        Assert.Contains("Customer: रमेश", text);
        Assert.Contains("चीनी", text);
        Assert.EndsWith("₹1,200   ₹1,200", Squeeze(Line(text, "#1 ")));
    }

    [PdfFact]
    public async Task A_name_with_a_short_i_sign_and_conjuncts_comes_back_as_typed()
    {
        await using var book = await NewBookAsync();
        await book.RunAll(new SetShopName("शर्मा किराना"), Credit("दिनेश शर्मा", 1_50_000m, "क्षमा का सामान"));

        var file = Assert.Single((await book.SendForReplyAsync("statement दिनेश शर्मा pdf")).Files);

        var text = string.Join('\n', await PdfTools.PagesAsync(file.Content));
        Assert.Contains("शर्मा किराना", text);
        Assert.Contains("Customer: दिनेश शर्मा", text);
        Assert.EndsWith("₹1,50,000   ₹1,50,000", Squeeze(Line(text, "#1 ", "क्षमा का सामान")));
    }

    [PdfFact]
    public async Task Names_with_markup_characters_print_as_typed()
    {
        await using var book = await NewBookAsync();
        await book.RunAll(new SetShopName("Tom & <Jerry's> \"Stores\""), Credit("Ramesh", 100m, "tea & biscuits <2 packs>"));

        var file = Assert.Single((await book.SendForReplyAsync("statement Ramesh pdf")).Files);

        var text = string.Join('\n', await PdfTools.PagesAsync(file.Content));
        Assert.Contains("Tom & <Jerry's> \"Stores\"", text);
        Assert.Contains("tea & biscuits <2 packs>", Line(text, "#1 "));
    }

    [PdfFact]
    public async Task Long_details_are_cut_with_an_ellipsis_and_leave_the_figures_readable()
    {
        await using var book = await NewBookAsync();
        var note = string.Join(' ', Enumerable.Repeat("basmati rice and toor dal", 6));
        await book.RunAll(Credit("Ramesh", 99_99_999.99m, note), Pay("Ramesh", 12_345.67m, "cash"));

        var file = Assert.Single((await book.SendForReplyAsync("statement Ramesh pdf")).Files);

        var text = string.Join('\n', await PdfTools.PagesAsync(file.Content));
        var row = Squeeze(Line(text, "#1 "));
        Assert.Matches(@"#1   basmati rice and toor dal[^…]*…   ₹99,99,999\.99   ₹99,99,999\.99$", row);
        Assert.EndsWith("₹12,345.67   ₹99,87,654.32", Squeeze(Line(text, "#2 ")));
        Assert.EndsWith("₹99,99,999.99   ₹12,345.67   ₹99,87,654.32", Squeeze(Line(text, "Closing balance")));
    }

    [PdfFact]
    public async Task A_long_statement_breaks_onto_more_pages_each_with_the_header_page_number_and_what_was_brought_forward()
    {
        await using var book = await NewBookAsync();
        var commands = Enumerable.Range(0, 120).Select(i => i % 3 == 2
            ? (Command)Pay("Ramesh", 50m, date: Nov(1).AddDays(-120 + i))
            : Credit("Ramesh", 100m + i, $"item {i}", date: Nov(1).AddDays(-120 + i)));
        await book.RunAll([.. commands]);

        var file = Assert.Single((await book.SendForReplyAsync("statement Ramesh pdf")).Files);

        var pages = await PdfTools.PagesAsync(file.Content);
        // 46 entries under the opening balance on page 1, 46 under the brought-forward row on page 2, the last 28 and the dues on page 3.
        var info = await PdfTools.InfoAsync(file.Content);
        Assert.Matches(@"(?m)^Pages:\s+3$", info);
        Assert.Matches(@"(?m)^Page size:.*\(A4\)$", info);
        Assert.Matches(@"(?m)^Title:\s+Statement for Ramesh$", info);
        Assert.Equal(3, pages.Length);
        Assert.All(pages.Index(), page =>
        {
            Assert.Contains("Statement of account", page.Item);
            Assert.Contains("Customer: Ramesh", page.Item);
            Assert.EndsWith($"Page {page.Index + 1} of 3", Line(page.Item, "statement for Ramesh"));
            Assert.Matches(@"Date\s+Entry\s+Details\s+Given \(Dr\)\s+Paid \(Cr\)\s+Balance", page.Item);
        });
        var customer = await book.CustomerAsync("Ramesh");
        Assert.EndsWith(IndianMoney.FormatPaise(customer.BalancePaise), Line(string.Join('\n', pages), "Closing balance"));
        Assert.Equal(120, pages.Sum(p => Regex.Matches(p, @"\s#\d+\s").Count));

        // Each later page starts from where the one before ended: what was given and paid so far, and the balance.
        Assert.DoesNotContain("Brought forward", pages[0]);
        foreach (var (before, page) in pages.Zip(pages.Skip(1)))
        {
            var lastBalance = Regex.Match(Line(before, LastEntry(before)), @"₹[\d,.]+$").Value;
            var forward = Squeeze(Line(page, "Brought forward"));
            Assert.EndsWith($"   {lastBalance}", forward);
            var (given, paid) = Totals(string.Join('\n', pages.TakeWhile(p => p != page)));
            Assert.Equal($"Brought forward   {IndianMoney.FormatPaise(given)}   {IndianMoney.FormatPaise(paid)}   {lastBalance}", forward);
        }
    }

    private static string LastEntry(string page) => Regex.Matches(page, @"\s(#\d+)\s").Last().Groups[1].Value + " ";

    /// <summary>What the entries on these pages gave (100 + i) and took (50 each), from the entry numbers shown.</summary>
    private static (long Given, long Paid) Totals(string pages)
    {
        var numbers = Regex.Matches(pages, @"\s#(\d+)\s").Select(m => int.Parse(m.Groups[1].Value) - 1).ToList();
        return (numbers.Where(i => i % 3 != 2).Sum(i => (100L + i) * 100), numbers.Count(i => i % 3 == 2) * 50_00L);
    }

    private static Task<TestBook> NewBookAsync() => TestBook.CreateAsync();

    /// <summary>The one line that has all these parts, trimmed.</summary>
    private static string Line(string text, params string[] parts) =>
        Assert.Single(text.Split('\n'), l => parts.All(p => l.Contains(p, StringComparison.Ordinal))).Trim();

    /// <summary>Columns as three spaces, however wide pdftotext laid them out.</summary>
    private static string Squeeze(string line) => Regex.Replace(line.Trim(), @"\s{2,}", "   ");
}
