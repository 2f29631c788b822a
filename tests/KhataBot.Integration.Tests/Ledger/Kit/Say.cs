using KhataBot.Core.Parsing;
using KhataBot.Integration.Tests.Support;

namespace KhataBot.Integration.Tests.Ledger.Kit;

/// <summary>Parsed commands, as the parser would make them, dated on the test book's first day unless told.</summary>
internal static class Say
{
    /// <summary>The test book's today: 2026-11-21 in India.</summary>
    public static readonly DateOnly Today = DateOnly.FromDateTime(TestBook.DefaultStart.DateTime);

    public static AddCredit Credit(string customer, decimal amount, string? note = null, DateOnly? due = null, DateOnly? date = null) =>
        new(customer, amount, note, date ?? Today, due);

    public static AddPayment Pay(string customer, decimal amount, string? note = null, DateOnly? date = null) =>
        new(customer, amount, note, date ?? Today);

    public static AddExpense Spent(decimal amount, string category, string? note = null, DateOnly? date = null) =>
        new(amount, category, note, date ?? Today);

    public static AddIncome Income(decimal amount, string source, string? note = null, DateOnly? date = null) =>
        new(amount, source, note, date ?? Today);

    public static DateOnly Nov(int day) => new(2026, 11, day);
}
