using KhataBot.Core.Abstractions;
using KhataBot.Core.Ledger;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Exports;

/// <summary>One live entry as the exports write it, with its customer's name already joined in.</summary>
public sealed record ExportRow(
    int Number,
    DateOnly Date,
    EntryKind Kind,
    long? CustomerId,
    string? Customer,
    string? Category,
    long AmountPaise,
    string? Note,
    DateOnly? Due,
    string EnteredBy,
    DateTimeOffset EnteredAt)
{
    /// <summary>The shop's live entries in number order. Deleted entries are not part of the book, so they
    /// are never exported. Read without tracking: an export changes nothing.</summary>
    public static Task<List<ExportRow>> LoadAsync(IKhataDb db, long shopId, CancellationToken cancellationToken) =>
        db.Entries.AsNoTracking()
            .Where(e => e.ShopId == shopId && e.DeletedAt == null)
            .OrderBy(e => e.Number)
            .Select(e => new ExportRow(e.Number, e.Date, e.Kind, e.CustomerId, e.Customer == null ? null : e.Customer.Name,
                e.Category, e.AmountPaise, e.Note, e.DueDate, e.EnteredBy, e.EnteredAt))
            .ToListAsync(cancellationToken);

    public static string KindName(EntryKind kind) => kind switch
    {
        EntryKind.Credit => "credit",
        EntryKind.Payment => "payment",
        EntryKind.Expense => "expense",
        EntryKind.Income => "income",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
