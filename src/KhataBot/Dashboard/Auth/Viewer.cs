using System.Globalization;
using System.Security.Claims;
using KhataBot.Core.Shops;

namespace KhataBot.Dashboard.Auth;

/// <summary>What someone is to the shop whose dashboard they see: its owner, its staff, or one linked customer.</summary>
public enum ViewerRole
{
    Owner,
    Staff,
    Customer,
}

/// <summary>
/// Who is looking, as the session cookie says it and the book confirms it on every request: the shop,
/// the role, the Telegram user (none for the console chat's owner) and, for a customer, which customer.
/// Every query of every page takes <see cref="Shop"/>'s id from here, never from the URL.
/// </summary>
public sealed record Viewer(Shop Shop, ViewerRole Role, long? UserId, long? CustomerId, string Name)
{
    public bool IsCustomer => Role == ViewerRole.Customer;

    public bool IsOwner => Role == ViewerRole.Owner;

    /// <summary>Where the chat confirmation of a write from the page goes, and as what kind of chat: the
    /// staff member's or owner's private chat, a group book's group, or the console's chat.</summary>
    public (long ChatId, bool IsGroup) ReplyChat => UserId switch
    {
        null => (Shop.ChatId, false),
        { } user when Role == ViewerRole.Staff || Shop.ChatId == user => (user, false),
        _ => (Shop.ChatId, true),
    };

    /// <summary>Minimal APIs bind a handler's Viewer from what <see cref="DashboardGate"/> found for the request.</summary>
    public static ValueTask<Viewer?> BindAsync(Microsoft.AspNetCore.Http.HttpContext context) =>
        ValueTask.FromResult(context.Items[typeof(Viewer)] as Viewer);

    internal const string ShopClaim = "khata:shop";
    internal const string RoleClaim = "khata:role";
    internal const string UserClaim = "khata:user";
    internal const string CustomerClaim = "khata:customer";

    public static ClaimsPrincipal Principal(long shopId, ViewerRole role, long? userId, long? customerId, string name, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ShopClaim, shopId.ToString(CultureInfo.InvariantCulture)),
            new(RoleClaim, role.ToString()),
            new(ClaimTypes.Name, name),
        };
        if (userId is { } user) claims.Add(new Claim(UserClaim, user.ToString(CultureInfo.InvariantCulture)));
        if (customerId is { } customer) claims.Add(new Claim(CustomerClaim, customer.ToString(CultureInfo.InvariantCulture)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }
}
