using System.Globalization;
using System.Text;

namespace KhataBot.Core.Outbox;

/// <summary>
/// What a button carries back when pressed: its shop and its action ("12:delete #5"). The shop lets the
/// engine refuse a forged or stale button pointing at another book. Telegram allows 64 bytes.
/// </summary>
public static class ButtonData
{
    public const int MaxBytes = 64;

    public static string? Encode(long shopId, string action)
    {
        var data = $"{shopId.ToString(CultureInfo.InvariantCulture)}:{action}";
        return Encoding.UTF8.GetByteCount(data) <= MaxBytes ? data : null;
    }

    public static bool TryDecode(string? data, out long shopId, out string action)
    {
        shopId = 0;
        action = "";
        var colon = data?.IndexOf(':') ?? -1;
        if (colon <= 0 || !long.TryParse(data.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out shopId))
        {
            return false;
        }

        action = data![(colon + 1)..];
        return action.Length > 0;
    }
}
