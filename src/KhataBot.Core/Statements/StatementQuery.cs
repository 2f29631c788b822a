using KhataBot.Core.Abstractions;
using KhataBot.Core.Ledger;
using KhataBot.Core.Ledger.Dues;
using KhataBot.Core.Parsing;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Statements;

/// <summary>Reads one customer's statement from the book: SQLite adds up everything before the period
/// (the opening balance), so only the period's own entries are read as rows.</summary>
public static class StatementQuery
{
    public static async Task<CustomerStatement> LoadAsync(
        IKhataDb db, CommandContext context, Customer customer, DateRange? period, string label, CancellationToken ct)
    {
        var live = db.Entries.AsNoTracking()
            .Where(e => e.ShopId == context.Shop.Id && e.CustomerId == customer.Id && e.DeletedAt == null);

        var opening = 0L;
        if (period is { } before)
        {
            opening = await live.Where(e => e.Date < before.From)
                .SumAsync(e => e.Kind == EntryKind.Credit ? e.AmountPaise : e.Kind == EntryKind.Payment ? -e.AmountPaise : 0, ct);
        }

        var inPeriod = period is { } p ? live.Where(e => e.Date >= p.From && e.Date <= p.To) : live;
        // In the order things happened: by date, then number, as back-dated entries slot in where they belong.
        var entries = await inPeriod.OrderBy(e => e.Date).ThenBy(e => e.Number)
            .Select(e => new { e.Date, e.Number, e.Kind, e.AmountPaise, e.Note, e.DueDate })
            .ToListAsync(ct);

        var running = opening;
        var lines = new List<StatementLine>(entries.Count);
        foreach (var e in entries)
        {
            var debit = e.Kind == EntryKind.Credit ? e.AmountPaise : 0;
            var credit = e.Kind == EntryKind.Payment ? e.AmountPaise : 0;
            running += debit - credit;
            lines.Add(new StatementLine(e.Date, e.Number, Describe(e.Kind, e.Note, e.DueDate), debit, credit, running));
        }

        var dues = (await OpenDues.ForAsync(db, customer, ct))
            .Select(d => new StatementDue(d.Number, d.Date, d.DueDate!.Value, DueStates.LeftPaise(d), DueStates.Of(d) == DueState.PartlyPaid))
            .ToList();

        return new CustomerStatement(context.Shop.Name, customer.Name, customer.Phone, period, label, context.Today,
            opening, lines, running, dues);
    }

    /// <summary>"sugar, due 30 Jun 2026", "Goods on credit", "Paid: cash".</summary>
    private static string Describe(EntryKind kind, string? note, DateOnly? due)
    {
        var text = kind == EntryKind.Payment
            ? string.IsNullOrWhiteSpace(note) ? "Paid" : $"Paid: {note.Trim()}"
            : string.IsNullOrWhiteSpace(note) ? "Goods on credit" : note.Trim();
        return due is { } d ? $"{text}, due {CustomerStatement.Day(d)}" : text;
    }
}
