using System.Globalization;
using KhataBot.Core.Reminders.DueActions;

namespace KhataBot.Core.Parsing;

/// <summary>What a reminder's buttons send, which can also be typed: "paid #12", "remind #12",
/// "snooze #12", "snooze #12 7 days".</summary>
internal static class DueActionGrammar
{
    public const int MaxSnoozeDays = 30;

    /// <summary>Whether a message names an entry right after its verb ("paid #12"), rather than a customer.</summary>
    public static bool NamesEntry(IReadOnlyList<Token> args) => args.Count > 0 && args[0].Word.StartsWith('#');

    public static Command Paid(IReadOnlyList<Token> args) =>
        args.Count == 1 && EntryFixGrammar.EntryNumber(args[0]) is { } number
            ? new PayDue(number)
            : Replies.Fail("To mark a due paid, give its number alone; for another amount name the customer.", $"{Examples.PayDue} or {Examples.Payment}");

    public static Command Remind(IReadOnlyList<Token> args) =>
        args.Count == 1 && EntryFixGrammar.EntryNumber(args[0]) is { } number
            ? new RemindCustomer(number)
            : Replies.Fail("Which due should the customer be reminded of? Give its number.", Examples.RemindCustomer);

    public static Command Snooze(IReadOnlyList<Token> args)
    {
        if (args.Count == 0 || EntryFixGrammar.EntryNumber(args[0]) is not { } number)
        {
            return Replies.Fail("Which due should wait? Give its number.", Examples.Snooze);
        }

        var rest = args.From(1).SkipLeading(new HashSet<string> { "for" }).Select(a => a.Word).ToList();
        int? days = rest switch
        {
            [] => DueButtons.SnoozeDays,
            ["week"] or ["a", "week"] => 7,
            [var n] => Count(n),
            [var n, "day" or "days" or "din"] => Count(n),
            _ => null,
        };

        return days switch
        {
            null => Replies.Fail("For how many days?", Examples.Snooze),
            < 1 or > MaxSnoozeDays => Replies.Fail($"A due can be snoozed for 1 to {MaxSnoozeDays} days.", Examples.Snooze),
            _ => new SnoozeDue(number, days.Value),
        };
    }

    private static int? Count(string word) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : null;
}
