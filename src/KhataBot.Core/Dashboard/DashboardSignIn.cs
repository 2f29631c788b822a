using System.Security.Cryptography;
using System.Text;
using KhataBot.Core.CustomerLinks;
using KhataBot.Core.Shops;

namespace KhataBot.Core.Dashboard;

/// <summary>
/// A one-time sign-in link to the dashboard ("dashboard" in the console chat, or in a browser). Only the
/// token's SHA-256 is kept: someone who reads the book cannot sign in with it. Valid for ten minutes and
/// once; using it sets the browser's session cookie.
/// </summary>
public sealed class DashboardSignIn
{
    public static readonly TimeSpan ValidFor = TimeSpan.FromMinutes(10);

    public long Id { get; set; }

    public long ShopId { get; set; }

    /// <summary>SHA-256 of the token, hex: the token itself is only in the link.</summary>
    public required string TokenHash { get; set; }

    public Role Role { get; set; }

    /// <summary>Who asked for it (a Telegram user id); null for the console chat's owner.</summary>
    public long? UserId { get; set; }

    /// <summary>The name entries made from the page are recorded under, as in the chat.</summary>
    public required string SenderName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }

    /// <summary>A new 128-bit token (base64url, 22 characters) and the hash to store for it.</summary>
    public static (string Token, string Hash) NewToken()
    {
        var token = LinkTokens.New();
        return (token, HashOf(token));
    }

    public static string HashOf(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
