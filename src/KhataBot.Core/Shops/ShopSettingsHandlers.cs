using KhataBot.Core.Ledger;
using KhataBot.Core.Abstractions;
using KhataBot.Core.Audit;
using KhataBot.Core.Parsing;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Shops;

internal static class ShopActions
{
    public const string Renamed = "shop.name";
    public const string TimeZoneChanged = "shop.timezone";
}

/// <summary>"shop": what the book is set to, and how big it is.</summary>
internal sealed class ShowShopHandler(IKhataDb db) : ICommandHandler<ShowShop>
{
    public async Task<Reply> HandleAsync(ShowShop command, CommandContext context, CancellationToken cancellationToken)
    {
        var shop = context.Shop;
        var customers = await db.Customers.CountAsync(c => c.ShopId == shop.Id && c.RemovedAt == null, cancellationToken);
        var entries = await db.Entries.CountAsync(e => e.ShopId == shop.Id && e.DeletedAt == null, cancellationToken);
        var local = TimeZoneInfo.ConvertTime(context.Now, ShopClock.ZoneOf(shop));
        var upi = shop.UpiId is { } id ? $"\nUPI: {id}" : "";
        return $"""
            {shop.Name}
            Time zone: {shop.TimeZone} (there it is {local:d MMM, HH:mm})
            Currency: ₹ ({shop.Currency}){upi}
            {LedgerText.Plural(customers, "customer", "customers")}, {LedgerText.Plural(entries, "entry", "entries")}.
            Change: {Examples.ShopName} or {Examples.TimeZone}
            """;
    }
}

internal sealed class SetShopNameHandler(AuditTrail audit) : ICommandHandler<SetShopName>
{
    public Task<Reply> HandleAsync(SetShopName command, CommandContext context, CancellationToken cancellationToken)
    {
        var before = context.Shop.Name;
        context.Shop.Name = command.Name;
        audit.Record(context, ShopActions.Renamed, $"Shop name: {command.Name} (was {before})", before: before, after: command.Name);
        return Task.FromResult<Reply>($"Your shop is now called {command.Name}.");
    }
}

internal sealed class SetTimeZoneHandler(AuditTrail audit) : ICommandHandler<SetTimeZone>
{
    public Task<Reply> HandleAsync(SetTimeZone command, CommandContext context, CancellationToken cancellationToken)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(command.Zone, out var zone))
        {
            return Task.FromResult<Reply>($"I don't know the time zone '{command.Zone}'. Use a name like Asia/Kolkata, Asia/Dubai or Europe/London. Try: {Examples.TimeZone}");
        }

        var before = context.Shop.TimeZone;
        context.Shop.TimeZone = zone.Id;
        audit.Record(context, ShopActions.TimeZoneChanged, $"Time zone: {zone.Id} (was {before})", before: before, after: zone.Id);
        var local = TimeZoneInfo.ConvertTime(context.Now, zone);
        return Task.FromResult<Reply>($"Time zone set to {zone.Id}. There it is {local:d MMM, HH:mm}; new entries are dated by that calendar.");
    }
}

/// <summary>Puts the previous name or time zone back, unless it was changed again since.</summary>
internal sealed class ShopSettingUndoer : IUndoer
{
    public IReadOnlyCollection<string> Actions { get; } = [ShopActions.Renamed, ShopActions.TimeZoneChanged];

    public Task<string?> UndoAsync(AuditRecord record, CommandContext context, CancellationToken cancellationToken)
    {
        var before = AuditTrail.Read<string>(record.Before)!;
        var after = AuditTrail.Read<string>(record.After)!;
        var shop = context.Shop;
        if (record.Action == ShopActions.Renamed)
        {
            if (shop.Name != after) return Task.FromResult<string?>(null);
            shop.Name = before;
            return Task.FromResult<string?>($"Undone: the shop is called {before} again.");
        }

        if (shop.TimeZone != after) return Task.FromResult<string?>(null);
        shop.TimeZone = before;
        return Task.FromResult<string?>($"Undone: the time zone is {before} again.");
    }
}
