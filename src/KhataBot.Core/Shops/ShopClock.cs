namespace KhataBot.Core.Shops;

/// <summary>Dates in the book are the shop's own calendar days, not UTC's.</summary>
public static class ShopClock
{
    public static TimeZoneInfo ZoneOf(Shop shop) => Zone(shop.TimeZone);

    public static TimeZoneInfo Zone(string timeZoneId) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) ? zone : TimeZoneInfo.FindSystemTimeZoneById(Shop.DefaultTimeZone);

    public static DateOnly Today(Shop shop, DateTimeOffset now) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, ZoneOf(shop)).DateTime);
}
