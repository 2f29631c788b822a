using KhataBot.Integration.Tests.Reports;
using KhataBot.Integration.Tests.Support;

namespace KhataBot.Integration.Tests.Exports;

/// <summary>
/// A book with the names and notes that break naive exports: '&amp;', Hindi, an apostrophe, ':' (an hledger
/// sub-account), two names that clean up to the same account, ';' and '|' (hledger comment and payee marks),
/// commas, quotes and line breaks (CSV), a formula, an advance, and deleted entries that must not appear.
/// Balances: Tom &amp; Jerry 300, रमेश 1,200.50, O'Brien -150 (advance), A: B 700, A B 100, (Raju) 50.
/// Expenses 1,250 (food 250, rent 1,000); income 2,000; cash 200 + 450 + 2,000 - 1,250 = 1,400.
/// </summary>
public static class TrickyBook
{
    public static async Task FillAsync(TestBook book)
    {
        var rows = new LedgerRows(book);
        await rows.CreditAsync("Tom & Jerry", 500, Nov(1), "sugar, 2kg", due: Nov(30));
        await rows.CreditAsync("रमेश", 1200.50m, Nov(2), "चावल \"basmati\"", by: "Staff \"Ravi\"");
        await rows.PaymentAsync("Tom & Jerry", 200, Nov(3));
        await rows.CreditAsync("O'Brien", 300, Nov(3), "line one\nline two");
        await rows.PaymentAsync("O'Brien", 450, Nov(4), "advance; thanks | ok");
        await rows.CreditAsync("A: B", 700, Nov(5), "; starts like a comment");
        await rows.CreditAsync("A B", 100, Nov(5));
        await rows.ExpenseAsync(250, "food", Nov(5), "tea * (staff)");
        await rows.ExpenseAsync(1000, "rent", Nov(6));
        await rows.IncomeAsync(2000, "sales", Nov(6), "=1+1");
        await rows.CreditAsync("(Raju)", 50, Nov(7), "* cleared\ttab");
        await rows.DeleteAsync(await rows.CreditAsync("Tom & Jerry", 999, Nov(8)));
        await rows.DeleteAsync(await rows.ExpenseAsync(10000, "food", Nov(8)));
    }

    public const int LiveEntries = 11;

    public static DateOnly Nov(int day) => new(2026, 11, day);
}
