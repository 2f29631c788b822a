using System.Globalization;
using System.Text;
using KhataBot.Core.Abstractions;
using KhataBot.Core.Shops;

namespace KhataBot.Core.Exports;

/// <summary>
/// The book as a CSV file for Excel or Google Sheets. Choices, each for a reason:
/// UTF-8 with a BOM, or Excel shows "â‚¹" instead of ₹ and garbles Hindi names;
/// RFC 4180 (CRLF lines, fields with comma, quote or line break in double quotes, quotes doubled);
/// amounts as plain decimals (500.00) so spreadsheets add them up; dates as yyyy-MM-dd; EnteredAt in the
/// shop's own time zone. Text that starts with = + - @ (or a tab/CR) gets a leading apostrophe, so a
/// customer named "=HYPERLINK(...)" is shown as text and never run as a spreadsheet formula.
/// </summary>
public static class CsvExport
{
    public const string MediaType = "text/csv";

    public const string Header = "Number,Date,Kind,Customer,Category,Amount,Note,Due,EnteredBy,EnteredAt";

    public static ReplyFile Write(IReadOnlyList<ExportRow> rows, Shop shop, DateOnly today)
    {
        var zone = ShopClock.ZoneOf(shop);
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var row in rows)
        {
            csv.Append(row.Number.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(Day(row.Date)).Append(',')
                .Append(ExportRow.KindName(row.Kind)).Append(',')
                .Append(Text(row.Customer)).Append(',')
                .Append(Text(row.Category)).Append(',')
                .Append(Amount(row.AmountPaise)).Append(',')
                .Append(Text(row.Note)).Append(',')
                .Append(row.Due is { } due ? Day(due) : "").Append(',')
                .Append(Text(row.EnteredBy)).Append(',')
                .Append(TimeZoneInfo.ConvertTime(row.EnteredAt, zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture))
                .Append("\r\n");
        }

        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        byte[] content = [.. encoding.GetPreamble(), .. encoding.GetBytes(csv.ToString())];
        return new ReplyFile($"khata-{Day(today)}.csv", MediaType, content);
    }

    public static string Amount(long paise) => (paise / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A text field, neutralised against formulas and quoted when RFC 4180 needs it.</summary>
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
