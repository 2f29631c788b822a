using System.Text;
using KhataBot.Core.Parsing;
using KhataBot.Integration.Tests.Support;

namespace KhataBot.Integration.Tests.Exports;

public sealed class CsvExportTests
{
    [Fact]
    public async Task The_csv_has_a_bom_and_reads_back_field_for_field()
    {
        await using var book = await TestBook.CreateAsync();
        await TrickyBook.FillAsync(book);

        var reply = await book.RunAsync(new ExportBook(ExportFormat.Csv));

        Assert.Equal("Exported 11 entries to khata-2026-11-21.csv.", reply.Text);
        var file = Assert.Single(reply.Files);
        Assert.Equal("khata-2026-11-21.csv", file.FileName);
        Assert.Equal("text/csv", file.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], file.Content[..3]);

        var records = CsvReader.Parse(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(file.Content[3..]));

        Assert.Equal(["Number", "Date", "Kind", "Customer", "Category", "Amount", "Note", "Due", "EnteredBy", "EnteredAt"], records[0]);
        Assert.Equal(TrickyBook.LiveEntries + 1, records.Count);
        Assert.All(records, r => Assert.Equal(10, r.Length));
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"], records.Skip(1).Select(r => r[0]));
        Assert.Equal(["1", "2026-11-01", "credit", "Tom & Jerry", "", "500.00", "sugar, 2kg", "2026-11-30", "Owner", "2026-11-21 10:00:00"], records[1]);
        Assert.Equal(["2", "2026-11-02", "credit", "रमेश", "", "1200.50", "चावल \"basmati\"", "", "Staff \"Ravi\"", "2026-11-21 10:00:00"], records[2]);
        Assert.Equal("line one\nline two", records[4][6]);
        Assert.Equal(["5", "2026-11-04", "payment", "O'Brien", "", "450.00", "advance; thanks | ok", "", "Owner", "2026-11-21 10:00:00"], records[5]);
        Assert.Equal("A: B", records[6][3]);
        Assert.Equal(["8", "2026-11-05", "expense", "", "food", "250.00", "tea * (staff)", "", "Owner", "2026-11-21 10:00:00"], records[8]);
        Assert.Equal("* cleared\ttab", records[11][6]);
    }

    [Fact]
    public async Task Quoting_follows_rfc_4180_exactly()
    {
        await using var book = await TestBook.CreateAsync();
        await TrickyBook.FillAsync(book);

        var file = Assert.Single((await book.RunAsync(new ExportBook(ExportFormat.Csv))).Files);
        var text = Encoding.UTF8.GetString(file.Content[3..]);

        Assert.StartsWith("Number,Date,Kind,Customer,Category,Amount,Note,Due,EnteredBy,EnteredAt\r\n", text);
        Assert.Contains("\r\n1,2026-11-01,credit,Tom & Jerry,,500.00,\"sugar, 2kg\",2026-11-30,Owner,2026-11-21 10:00:00\r\n", text);
        Assert.Contains("\r\n2,2026-11-02,credit,रमेश,,1200.50,\"चावल \"\"basmati\"\"\",,\"Staff \"\"Ravi\"\"\",2026-11-21 10:00:00\r\n", text);
        Assert.Contains(",\"line one\nline two\",", text);
        Assert.EndsWith("\r\n", text);
    }

    [Fact]
    public async Task Text_that_a_spreadsheet_would_run_as_a_formula_is_kept_as_text()
    {
        await using var book = await TestBook.CreateAsync();
        await TrickyBook.FillAsync(book);

        var file = Assert.Single((await book.RunAsync(new ExportBook(ExportFormat.Csv))).Files);
        var records = CsvReader.Parse(Encoding.UTF8.GetString(file.Content[3..]));

        Assert.Equal(["10", "2026-11-06", "income", "", "sales", "2000.00", "'=1+1", "", "Owner", "2026-11-21 10:00:00"], records[10]);
    }

    [Fact]
    public async Task Deleted_entries_and_other_chats_are_not_exported()
    {
        await using var book = await TestBook.CreateAsync();
        await TrickyBook.FillAsync(book);
        await new Reports.LedgerRows(book, 2002).CreditAsync("Stranger", 5, TrickyBook.Nov(1));

        var file = Assert.Single((await book.RunAsync(new ExportBook(ExportFormat.Csv))).Files);
        var text = Encoding.UTF8.GetString(file.Content);

        Assert.DoesNotContain("999.00", text);
        Assert.DoesNotContain("10000.00", text);
        Assert.DoesNotContain("Stranger", text);
    }

    [Fact]
    public async Task An_empty_book_says_so_and_sends_no_file()
    {
        await using var book = await TestBook.CreateAsync();

        var reply = await book.RunAsync(new ExportBook(ExportFormat.Csv));

        Assert.Equal("There is nothing to export yet: the book has no entries.", reply.Text);
        Assert.Empty(reply.Files);
    }
}
