using System.Globalization;
using System.Security.Claims;
using KhataBot.Core.Shops;
using KhataBot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Dashboard.Auth;

/// <summary>
/// Maps a person to a shop and role as the chat does (<see cref="ShopDirectory"/>): staff of a shop work in
/// that shop's book; otherwise their own chat's book, or a group book they started; otherwise a customer
/// link they opened. And checks a session still holds: removed staff, a revoked link or a deleted shop
/// see nothing more, whatever their cookie says.
/// </summary>
public static class ViewerLookup
{
    public static async Task<Viewer?> ForTelegramUserAsync(KhataDbContext db, TelegramUser user, CancellationToken ct)
    {
        var staffShop = await db.StaffMembers.AsNoTracking().Where(s => s.UserId == user.Id && s.RemovedAt == null)
            .Join(db.Shops, s => s.ShopId, shop => shop.Id, (_, shop) => shop).FirstOrDefaultAsync(ct);
        if (staffShop is not null)
        {
            return new Viewer(staffShop, ViewerRole.Staff, user.Id, null, user.Name);
        }

        // The private chat's own book first (its chat id is the user's id), then a group book the user owns.
        var owned = await db.Shops.AsNoTracking()
            .Where(s => (s.ChatId == user.Id && (s.OwnerUserId == null || s.OwnerUserId == user.Id)) || s.OwnerUserId == user.Id)
            .OrderBy(s => s.ChatId == user.Id ? 0 : 1).ThenBy(s => s.Id)
            .FirstOrDefaultAsync(ct);
        if (owned is not null)
        {
            return new Viewer(owned, ViewerRole.Owner, user.Id, null, user.Name);
        }

        var link = await db.CustomerLinks.AsNoTracking()
            .Where(l => l.UserId == user.Id && l.RevokedAt == null && l.ChatId != null)
            .OrderByDescending(l => l.Id)
            .Join(db.Shops, l => l.ShopId, shop => shop.Id, (l, shop) => new { l.CustomerId, Shop = shop })
            .FirstOrDefaultAsync(ct);
        return link is null ? null : new Viewer(link.Shop, ViewerRole.Customer, user.Id, link.CustomerId, user.Name);
    }

    /// <summary>The viewer a session cookie names, if the book still agrees; null ends the session.</summary>
    public static async Task<Viewer?> ForPrincipalAsync(KhataDbContext db, ClaimsPrincipal principal, CancellationToken ct)
    {
        if (Long(principal, Viewer.ShopClaim) is not { } shopId || !Enum.TryParse<ViewerRole>(principal.FindFirstValue(Viewer.RoleClaim), out var role))
        {
            return null;
        }

        var shop = await db.Shops.AsNoTracking().FirstOrDefaultAsync(s => s.Id == shopId, ct);
        if (shop is null)
        {
            return null;
        }

        var user = Long(principal, Viewer.UserClaim);
        var customer = Long(principal, Viewer.CustomerClaim);
        var holds = role switch
        {
            ViewerRole.Owner => user is null || shop.OwnerUserId == user || (shop.OwnerUserId == null && shop.ChatId == user),
            ViewerRole.Staff => user is { } staff && await db.StaffMembers.AnyAsync(s => s.ShopId == shopId && s.UserId == staff && s.RemovedAt == null, ct),
            ViewerRole.Customer => user is { } u && customer is { } c
                && await db.CustomerLinks.AnyAsync(l => l.ShopId == shopId && l.CustomerId == c && l.UserId == u && l.RevokedAt == null, ct),
            _ => false,
        };
        return holds ? new Viewer(shop, role, user, role == ViewerRole.Customer ? customer : null, principal.Identity?.Name ?? "") : null;
    }

    private static long? Long(ClaimsPrincipal principal, string claim) =>
        long.TryParse(principal.FindFirstValue(claim), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
}
