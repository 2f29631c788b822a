using System.Runtime.CompilerServices;
using KhataBot.Core.CustomerLinks;
using KhataBot.Core.Ledger;
using KhataBot.Core.Questions;
using KhataBot.Core.Shops;
using KhataBot.Core.Shops.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace KhataBot.Core.Abstractions;

/// <summary>
/// The lookups nearly every message makes, compiled by EF once per model. A LINQ query is otherwise
/// translated again on every run up to the point where EF finds it in its cache (walking and hashing the
/// whole expression), which cost more than SQLite's own work for these one-row reads.
/// EF binds a compiled query to the first model it runs on and refuses any other ("executed with a
/// different model than it was compiled against"). SQLite and PostgreSQL each have their own model, so a
/// process with books on both (tests, the benchmarks) gets one set of compiled queries per model.
/// </summary>
internal sealed class HotQueries
{
    private static readonly ConditionalWeakTable<IModel, HotQueries> PerModel = [];

    private readonly Func<DbContext, long, CancellationToken, Task<Shop?>> _shopOfChat =
        EF.CompileAsyncQuery((DbContext db, long chatId, CancellationToken _) => db.Set<Shop>().FirstOrDefault(s => s.ChatId == chatId));

    private readonly Func<DbContext, long, string, CancellationToken, Task<Customer?>> _customerByKey =
        EF.CompileAsyncQuery((DbContext db, long shopId, string key, CancellationToken _) =>
            db.Set<Customer>().FirstOrDefault(c => c.ShopId == shopId && c.NameKey == key));

    // Into a class, not a tuple: Npgsql would read a tuple as one PostgreSQL record column, which it refuses.
    private readonly Func<DbContext, long, IAsyncEnumerable<CustomerName>> _liveCustomerNames =
        EF.CompileAsyncQuery((DbContext db, long shopId) => db.Set<Customer>()
            .Where(c => c.ShopId == shopId && c.RemovedAt == null)
            .Select(c => new CustomerName(c.Name, c.NameKey)));

    private readonly Func<DbContext, long, long, IAsyncEnumerable<Shop>> _shopsOfChatOrStaff =
        EF.CompileAsyncQuery((DbContext db, long chatId, long userId) => db.Set<Shop>()
            .Where(s => s.ChatId == chatId || s.Id == db.Set<StaffMember>()
                .Where(m => m.UserId == userId && m.RemovedAt == null)
                .OrderByDescending(m => m.Id)
                .Select(m => (long?)m.ShopId)
                .FirstOrDefault()));

    private readonly Func<DbContext, long, long, CancellationToken, Task<PendingQuestion?>> _waitingQuestion =
        EF.CompileAsyncQuery((DbContext db, long shopId, long chatId, CancellationToken _) =>
            db.Set<PendingQuestion>().FirstOrDefault(q => q.ShopId == shopId && q.ChatId == chatId));

    private readonly Func<DbContext, long, CancellationToken, Task<bool>> _isLinked =
        EF.CompileAsyncQuery((DbContext db, long chatId, CancellationToken _) =>
            db.Set<CustomerLink>().Any(l => l.ChatId == chatId && l.RevokedAt == null));

    // Deleted rows are grouped too (and left out of the sums), so one query also tells whether this
    // customer has any dated credit, live or deleted, whose settled part may need to change. (A MAX over
    // a flag, not Any(): SQLite prepares and runs it without a subquery per group.)
    private readonly Func<DbContext, long, long, IAsyncEnumerable<CustomerTotals.StoredTotal>> _storedTotals =
        EF.CompileAsyncQuery((DbContext db, long shopId, long customerId) => db.Set<Entry>()
            .Where(e => e.ShopId == shopId && e.CustomerId == customerId)
            .GroupBy(e => new { e.Kind, Live = e.DeletedAt == null })
            .Select(g => new CustomerTotals.StoredTotal(g.Key.Kind, g.Key.Live, g.Sum(e => e.AmountPaise), g.Max(e => e.DueDate != null ? 1 : 0) == 1, g.Max(e => e.PaysDueNumber != null ? 1 : 0) == 1)));

    /// <summary>The chat's own shop, tracked, or null.</summary>
    public static Task<Shop?> ShopOfChatAsync(IKhataDb db, long chatId, CancellationToken ct)
    {
        var context = Context(db);
        return For(context)._shopOfChat(context, chatId, ct);
    }

    /// <summary>In one query, both shops a private chat's sender may act on: the chat's own and the one the
    /// sender works in as staff (the latest staff membership that stands). Tracked.</summary>
    public static async Task<List<Shop>> ShopsOfChatOrStaffAsync(IKhataDb db, long chatId, long userId, CancellationToken ct)
    {
        var context = Context(db);
        var shops = new List<Shop>(2);
        await foreach (var shop in For(context)._shopsOfChatOrStaff(context, chatId, userId).WithCancellation(ct))
        {
            shops.Add(shop);
        }

        return shops;
    }

    /// <summary>The shop's customer with this name key, removed or not, tracked; or null. A message asks
    /// for its customer more than once (the close-name check, then the handler): once read, the customer
    /// comes from the context, as the query would return it anyway (EF gives back the tracked instance).</summary>
    public static Task<Customer?> CustomerByKeyAsync(IKhataDb db, long shopId, string key, CancellationToken ct)
    {
        var context = Context(db);
        return TrackedCustomer(context, shopId, key) is { } tracked
            ? Task.FromResult<Customer?>(tracked)
            : For(context)._customerByKey(context, shopId, key, ct);
    }

    /// <summary>The names (and name keys) of the shop's customers not removed: what close names are sought among.</summary>
    public static async Task<List<(string Name, string Key)>> LiveCustomerNamesAsync(IKhataDb db, long shopId, CancellationToken ct)
    {
        var context = Context(db);
        var names = new List<(string Name, string Key)>();
        await foreach (var customer in For(context)._liveCustomerNames(context, shopId).WithCancellation(ct))
        {
            names.Add((customer.Name, customer.Key));
        }

        return names;
    }

    /// <summary>The question waiting for this chat's answer in this shop, tracked, or null.</summary>
    public static Task<PendingQuestion?> WaitingQuestionAsync(IKhataDb db, long shopId, long chatId, CancellationToken ct)
    {
        var context = Context(db);
        return For(context)._waitingQuestion(context, shopId, chatId, ct);
    }

    /// <summary>Whether the chat is a customer's, linked to a khata and not revoked.</summary>
    public static Task<bool> IsLinkedCustomerChatAsync(IKhataDb db, long chatId, CancellationToken ct)
    {
        var context = Context(db);
        return For(context)._isLinked(context, chatId, ct);
    }

    /// <summary>The customer's entries summed by kind and by live or deleted.</summary>
    public static async Task<List<CustomerTotals.StoredTotal>> StoredTotalsAsync(IKhataDb db, long shopId, long customerId, CancellationToken ct)
    {
        var context = Context(db);
        var totals = new List<CustomerTotals.StoredTotal>(4);
        await foreach (var total in For(context)._storedTotals(context, shopId, customerId).WithCancellation(ct))
        {
            totals.Add(total);
        }

        return totals;
    }

    /// <summary>A customer the context already tracks as the database has it (matched on its stored shop and
    /// name key, not on unsaved edits); a new one, not yet in the database, or a deleted one is not the
    /// query's answer. Changes are not detected for this: only the stored values are compared.</summary>
    private static Customer? TrackedCustomer(DbContext db, long shopId, string key)
    {
        var tracker = db.ChangeTracker;
        var autoDetect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var entry in tracker.Entries<Customer>())
            {
                if (entry.State is EntityState.Unchanged or EntityState.Modified
                    && entry.Property(c => c.ShopId).OriginalValue == shopId
                    && string.Equals(entry.Property(c => c.NameKey).OriginalValue, key, StringComparison.Ordinal))
                {
                    return entry.Entity;
                }
            }

            return null;
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    private sealed record CustomerName(string Name, string Key);

    private static HotQueries For(DbContext db) => PerModel.GetValue(db.Model, static _ => new HotQueries());

    private static DbContext Context(IKhataDb db) =>
        db as DbContext ?? throw new InvalidOperationException("The book is expected to be an EF Core context.");
}
