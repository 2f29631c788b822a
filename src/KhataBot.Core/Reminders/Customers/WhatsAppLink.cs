using KhataBot.Core.Parsing;

namespace KhataBot.Core.Reminders.Customers;

/// <summary>
/// A wa.me link that opens WhatsApp on the customer's number with the reminder already typed:
/// https://wa.me/919876543210?text=... (the number with its country code and nothing else, as wa.me wants).
/// </summary>
public static class WhatsAppLink
{
    /// <summary>Null when the phone kept for the customer is not a number WhatsApp can be opened on.</summary>
    public static string? For(string? phone, string text)
    {
        if (phone is null || PhoneNumbers.Normalize(phone) is not { } e164)
        {
            return null;
        }

        return $"https://wa.me/{e164.TrimStart('+')}?text={Uri.EscapeDataString(text)}";
    }
}
