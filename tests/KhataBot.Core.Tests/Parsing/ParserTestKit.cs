using System.Globalization;
using KhataBot.Core.Parsing;

namespace KhataBot.Core.Tests.Parsing;

/// <summary>Parses with a fixed today, through the internal entry point so that a parser bug fails the
/// test instead of being turned into a polite reply by <see cref="MessageParser.Parse"/>.</summary>
internal static class ParserTestKit
{
    /// <summary>A Saturday, so that "this week", "on monday" and "due friday" all have something to prove.</summary>
    public static readonly DateOnly Today = new(2026, 11, 21);

    public static Command Parse(string text, DateOnly? today = null, params string[] shopCategories) =>
        MessageParser.ParseMessage(text, Context(today, shopCategories));

    public static ParseContext Context(DateOnly? today = null, params string[] shopCategories) =>
        new(today ?? Today, new HashSet<string>(shopCategories, StringComparer.OrdinalIgnoreCase));

    /// <summary>The reply for a message the parser must refuse; every such reply shows a working form.</summary>
    public static string Reason(string text, DateOnly? today = null, params string[] shopCategories)
    {
        var reason = Assert.IsType<Unparseable>(Parse(text, today, shopCategories)).Reason;
        Assert.True(reason.Contains("Try:", StringComparison.Ordinal) || reason.Contains("type help", StringComparison.Ordinal), $"No example in: {reason}");
        return reason;
    }

    public static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static decimal Amount(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
