using KhataBot.Integration.Tests.Support;

namespace KhataBot.Integration.Tests.Reports;

/// <summary>
/// A small book whose figures are worked out by hand below, shared by the report tests.
/// The test clock is 21 Nov 2026.
///
/// October: Ramesh +1,000, Suresh +2,000, Ramesh paid 400 → owed at the end of October ₹2,600.
/// November (live): credits Ramesh 1,500, Geeta 3,000, Tom 700, Anil 800, Kavita 250 = ₹6,250 (5);
///   payments Suresh 500, Vijay 300 (an advance) = ₹800 (2); owed went up ₹5,450.
///   Balances at the end: Geeta 3,000, Ramesh 2,100, Suresh 1,500, Anil 800, Tom 700, Kavita 250,
///   Vijay -300 → net ₹8,050; owing ₹8,350; advances ₹300.
///   Expenses: rent 3,000, food 1,000 + 500, bills 500 = ₹5,000 → rent 60%, food 30%, bills 10%.
///   Income: sales 2,000, repairs 500 = ₹2,500. Net cash = 2,500 + 800 - 5,000 = -₹1,700.
/// Deleted in November (must not count): Geeta credit 10,000 and a food expense 9,999.
/// Another chat's book holds big November entries that must never show up.
/// </summary>
public static class NovemberBook
{
    public const long OtherChat = 2002;

    public static async Task FillAsync(TestBook book)
    {
        var rows = new LedgerRows(book);
        await rows.CreditAsync("Ramesh", 1000, Oct(10));
        await rows.CreditAsync("Suresh", 2000, Oct(15));
        await rows.PaymentAsync("Ramesh", 400, Oct(20));

        await rows.ExpenseAsync(3000, "rent", Nov(1));
        await rows.CreditAsync("Ramesh", 1500, Nov(2), "atta, dal");
        await rows.CreditAsync("Geeta", 3000, Nov(3));
        await rows.IncomeAsync(2000, "sales", Nov(3));
        await rows.ExpenseAsync(1000, "food", Nov(4));
        await rows.PaymentAsync("Suresh", 500, Nov(5));
        var mistake = await rows.CreditAsync("Geeta", 10000, Nov(5));
        await rows.CreditAsync("Tom", 700, Nov(6));
        await rows.CreditAsync("Anil", 800, Nov(7));
        await rows.CreditAsync("Kavita", 250, Nov(8));
        await rows.PaymentAsync("Vijay", 300, Nov(9), "advance");
        await rows.ExpenseAsync(500, "food", Nov(10));
        var wrongExpense = await rows.ExpenseAsync(9999, "food", Nov(10));
        await rows.IncomeAsync(500, "repairs", Nov(11));
        await rows.ExpenseAsync(500, "bills", Nov(12));
        await rows.DeleteAsync(mistake);
        await rows.DeleteAsync(wrongExpense);

        var other = new LedgerRows(book, OtherChat);
        await other.CreditAsync("Ramesh", 99999, Nov(2));
        await other.ExpenseAsync(77777, "food", Nov(4));
        await other.IncomeAsync(55555, "sales", Nov(4));
    }

    public static DateOnly Oct(int day) => new(2026, 10, day);

    public static DateOnly Nov(int day) => new(2026, 11, day);
}
