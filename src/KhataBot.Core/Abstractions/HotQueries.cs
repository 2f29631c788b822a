using System.Runtime.CompilerServices;
using KhataBot.Core.Ledger;
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

    private readonly Func<DbContext, long, long, IAsyncEnumerable<Shop>> _shopsOfChatOrStaff =
        EF.CompileAsyncQuery((DbContext db, long chatId, long userId) => db.Set<Shop>()
            .Where(s => s.ChatId == chatId || s.Id == db.Set<StaffMember>()
                .Where(m => m.UserId == userId && m.RemovedAt == null)
                .OrderByDescending(m => m.Id)
                .Select(m => (long?)m.ShopId)
                .FirstOrDefault()));

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

    /// <summary>The shop's customer with this name key, removed or not, tracked; or null.</summary>
    public static Task<Customer?> CustomerByKeyAsync(IKhataDb db, long shopId, string key, CancellationToken ct)
    {
        var context = Context(db);
        return For(context)._customerByKey(context, shopId, key, ct);
    }

    private static HotQueries For(DbContext db) => PerModel.GetValue(db.Model, static _ => new HotQueries());

    private static DbContext Context(IKhataDb db) =>
        db as DbContext ?? throw new InvalidOperationException("The book is expected to be an EF Core context.");
}
