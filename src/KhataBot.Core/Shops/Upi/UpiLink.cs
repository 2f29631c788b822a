using System.Globalization;

namespace KhataBot.Core.Shops.Upi;

/// <summary>
/// A UPI payment link (NPCI's deep link, which every UPI app opens with the payee and amount filled in):
/// upi://pay?pa=ID&amp;pn=NAME&amp;am=500.00&amp;cu=INR&amp;tn=NOTE. Every value is percent-encoded as UTF-8,
/// so a shop called "Sharma &amp; Sons" or "शर्मा स्टोर" cannot break the link; only the "@" of the ID is
/// left as typed, which query strings allow and apps expect.
/// </summary>
public static class UpiLink
{
    /// <summary>UPI apps show about this many characters of the note; longer ones are cut.</summary>
    public const int MaxNoteLength = 50;

    public static string For(string upiId, string payeeName, long amountPaise, string note)
    {
        var amount = (amountPaise / 100m).ToString("0.00", CultureInfo.InvariantCulture);
        var shortNote = note.Length <= MaxNoteLength ? note : note[..MaxNoteLength];
        return $"upi://pay?pa={Encode(upiId).Replace("%40", "@", StringComparison.Ordinal)}&pn={Encode(payeeName)}&am={amount}&cu=INR&tn={Encode(shortNote)}";
    }

    private static string Encode(string value) => Uri.EscapeDataString(value);
}
