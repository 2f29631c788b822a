using System.Collections.Concurrent;

namespace KhataBot.Core.Shops;

/// <summary>Dates in the book are the shop's own calendar days, not UTC's.</summary>
public static class ShopClock
{
    /// <summary>Zones by id, found once: every message asks for its shop's day, and finding a zone takes a
    /// lock and a lookup in the system's list each time (a handful of ids ever occur).</summary>
    private static readonly ConcurrentDictionary<string, TimeZoneInfo> Zones = new(StringComparer.Ordinal);

    public static TimeZoneInfo ZoneOf(Shop shop) => Zone(shop.TimeZone);

    public static TimeZoneInfo Zone(string timeZoneId) => Zones.GetOrAdd(timeZoneId, static id =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.FindSystemTimeZoneById(Shop.DefaultTimeZone));

    public static DateOnly Today(Shop shop, DateTimeOffset now) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, ZoneOf(shop)).DateTime);
}
