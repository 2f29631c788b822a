using System.Globalization;

namespace KhataBot.Infrastructure.Telegram.Sending;

/// <summary>The note on top of a reply that waited long in the outbox (Telegram down for hours): it says when
/// the reply was written, so "Ramesh owes ₹500" is read as what was true then.</summary>
internal static class LateReplies
{
    public static string? Note(DateTimeOffset written, DateTimeOffset now, TimeSpan lateAge)
    {
        var waited = now - written;
        return waited < lateAge ? null : $"(Late: written {Ago(waited)}.)\n";
    }

    private static string Ago(TimeSpan waited) => waited switch
    {
        { TotalHours: < 2 } => Plural((int)waited.TotalMinutes, "minute"),
        { TotalDays: < 2 } => Plural((int)waited.TotalHours, "hour"),
        _ => Plural((int)waited.TotalDays, "day"),
    } + " ago";

    private static string Plural(int count, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {unit}{(count == 1 ? "" : "s")}");
}
