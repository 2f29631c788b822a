using System.Security.Cryptography;

namespace KhataBot.Core.CustomerLinks;

/// <summary>Random tokens for links that grant access: 128 bits from the system's cryptographic generator.</summary>
public static class LinkTokens
{
    /// <summary>22 characters of base64url: fits Telegram's start payload alphabet (A-Z, a-z, 0-9, _ and -).</summary>
    public static string New() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Whether a payload's token has the form <see cref="New"/> makes; anything else is not looked up.</summary>
    public static bool LooksValid(string token) =>
        token.Length == 22 && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
