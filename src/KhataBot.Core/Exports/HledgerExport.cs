using System.Globalization;
using System.Text;
using KhataBot.Core.Abstractions;
using KhataBot.Core.Ledger;
using KhataBot.Core.Shops;

namespace KhataBot.Core.Exports;

/// <summary>
/// The book as an hledger journal (plain-text double-entry accounting), so an accountant can check it:
/// a credit is assets:receivable:NAME against income:sales (a sale on credit), a payment assets:cash against
/// assets:receivable:NAME, an expense expenses:CATEGORY against assets:cash, an income assets:cash against
/// income:SOURCE. Each customer's receivable balance is then exactly what the bot says they owe.
/// Both postings carry their amount ("INR 500.00" / "INR -500.00") so hledger checks that each balances,
/// and the decimal-mark and commodity directives make the amounts parse exactly, in any hledger locale.
/// Descriptions start with the kind ("credit Ramesh - sugar #12"), so they never start with hledger's
/// status marks (* !) or a (code).
/// </summary>
public static class HledgerExport
{
    public const string MediaType = "text/plain";

    public const string Receivable = "assets:receivable";

    public const string Cash = "assets:cash";

    public const string Sales = "income:sales";

    public static ReplyFile Write(IReadOnlyList<ExportRow> rows, Shop shop, DateOnly today)
    {
        var customers = HledgerNames.ForCustomers(rows
            .Where(r => r.CustomerId is not null)
            .Select(r => (r.CustomerId!.Value, r.Customer ?? "")));

        var journal = new StringBuilder()
            .Append($"; {HledgerNames.Description(shop.Name)}: khata exported by KhataBot on {Day(today)}, {rows.Count} entries.\n")
            .Append($"; {Receivable}:NAME is what the customer owes (negative: paid in advance).\n\n")
            .Append("decimal-mark .\n")
            .Append("commodity INR 1000.00\n");

        // Dated order reads like a cash book; the number breaks ties so the file is always the same.
        foreach (var row in rows.OrderBy(r => r.Date).ThenBy(r => r.Number))
        {
            var customer = row.CustomerId is { } id ? $"{Receivable}:{customers[id]}" : $"{Receivable}:unknown";
            var (debit, credit, who) = row.Kind switch
            {
                EntryKind.Credit => (customer, Sales, row.Customer),
                EntryKind.Payment => (Cash, customer, row.Customer),
                EntryKind.Expense => (Account("expenses", row.Category), Cash, row.Category),
                EntryKind.Income => (Cash, Account("income", row.Category), row.Category),
                _ => throw new InvalidOperationException($"Entry #{row.Number} has an unknown kind {row.Kind}."),
            };

            var description = $"{ExportRow.KindName(row.Kind)} {who}" + (string.IsNullOrWhiteSpace(row.Note) ? "" : $" - {row.Note}") + $" #{row.Number}";
            journal.Append('\n').Append(Day(row.Date)).Append(' ').Append(HledgerNames.Description(description)).Append('\n');
            if (row.Due is { } due)
            {
                journal.Append($"    ; due: {Day(due)}\n");
            }

            journal.Append($"    {debit}  {Amount(row.AmountPaise)}\n");
            journal.Append($"    {credit}  {Amount(-row.AmountPaise)}\n");
        }

        // No BOM: hledger reads plain UTF-8.
        return new ReplyFile($"khata-{Day(today)}.journal", MediaType, new UTF8Encoding(false).GetBytes(journal.ToString()));
    }

    private static string Account(string root, string? name) => $"{root}:{HledgerNames.AccountPart(name?.ToLowerInvariant(), "others")}";

    /// <summary>"INR 500.00", "INR -500.00": the commodity first, as the directive declares.</summary>
    public static string Amount(long paise) => "INR " + (paise / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
