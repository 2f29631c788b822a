using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace KhataBot.Dashboard.Auth;

/// <summary>
/// Checks a Mini App's initData as Telegram's docs say: the data-check-string is every field but hash,
/// sorted by key, as key=value lines joined by \n; the secret key is HMAC-SHA256 of the bot token keyed
/// with "WebAppData"; the hash is HMAC-SHA256 of the data-check-string with that key, in hex. Compared in
/// constant time, and auth_date may be at most <see cref="MaxAge"/> old.
/// </summary>
public static class TelegramInitData
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(1);

    /// <summary>The user Telegram vouches for, or null for anything forged, expired, malformed or missing.</summary>
    public static TelegramUser? Validate(string? initData, string botToken, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(initData) || string.IsNullOrEmpty(botToken) || initData.Length > 4096)
        {
            return null;
        }

        var fields = QueryHelpers.ParseQuery(initData);
        if (!fields.TryGetValue("hash", out var hash) || hash.Count != 1 || fields.Values.Any(v => v.Count != 1))
        {
            return null;
        }

        var dataCheckString = string.Join('\n', fields.Where(f => f.Key != "hash").OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}"));
        var expected = Sign(dataCheckString, botToken);
        byte[] given;
        try
        {
            given = Convert.FromHexString(hash.ToString());
        }
        catch (FormatException)
        {
            return null;
        }

        if (!CryptographicOperations.FixedTimeEquals(expected, given))
        {
            return null;
        }

        if (!fields.TryGetValue("auth_date", out var authDate)
            || !long.TryParse(authDate, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || now - DateTimeOffset.FromUnixTimeSeconds(seconds) > MaxAge
            || DateTimeOffset.FromUnixTimeSeconds(seconds) - now > TimeSpan.FromMinutes(5))
        {
            return null;
        }

        return fields.TryGetValue("user", out var user) ? ReadUser(user.ToString()) : null;
    }

    /// <summary>The hash Telegram would send for this data-check-string; public so tests can sign initData as Telegram does.</summary>
    public static byte[] Sign(string dataCheckString, string botToken)
    {
        var secret = HMACSHA256.HashData(Encoding.UTF8.GetBytes("WebAppData"), Encoding.UTF8.GetBytes(botToken));
        return HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(dataCheckString));
    }

    private static TelegramUser? ReadUser(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (!root.TryGetProperty("id", out var id) || !id.TryGetInt64(out var userId))
            {
                return null;
            }

            var name = string.Join(' ', new[] { "first_name", "last_name" }
                .Select(p => root.TryGetProperty(p, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null)
                .Where(n => !string.IsNullOrWhiteSpace(n)));
            return new TelegramUser(userId, name.Length == 0 ? userId.ToString(CultureInfo.InvariantCulture) : name);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

public sealed record TelegramUser(long Id, string Name);
